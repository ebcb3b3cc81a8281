import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { canSuspendMember, communityRoleOf } from "@/lib/communities/access";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { publishNotifications } from "@/lib/notifications/notify";
import {
  lockShownContent,
  publishContentChange,
  takeDownContent,
  type ModeratedContent,
} from "@/lib/moderation/content-moderation";
import { ZModerationReason } from "@/lib/moderation/moderation-input";
import { reportScopeWhere } from "@/lib/moderation/moderation-scope";
import { publishReportChanged } from "@/lib/moderation/publish-report";
import { suspendFromCommunity } from "@/lib/moderation/suspend-member";
import { enforceWriteLimit } from "@/lib/rate-limit-guard";
import { ZId } from "@/lib/id";

export const REPORT_ACTIONS = ["dismiss", "hide", "remove", "suspend"] as const;

export const ZResolveReportInput = z.object({
  reportId: ZId,
  action: z.enum(REPORT_ACTIONS, { error: "Choose an action" }),
  reason: ZModerationReason,
});

const RESOLUTION = {
  dismiss: "Dismissed",
  hide: "Hidden",
  remove: "Removed",
  suspend: "Suspended from the community",
} as const;

/**
 * Works one report from the queue: dismiss it, hide or remove the content, or suspend the person from the
 * community. The report must be in the actor's queue (in the query: a moderator of community A finds
 * nothing of community B). Every open report on the same target closes with it. Audited.
 */
export const resolveReport = defineUseCase({
  input: ZResolveReportInput,
  permission: "reports.create",
  run: async ({ actor, input, afterCommit }) => {
    await enforceWriteLimit("moderation", actor.id);
    const { report, content, recipients } = await db.$transaction(async (tx) => {
      const report = await tx.report.findFirst({
        where: { AND: [{ id: input.reportId }, reportScopeWhere(actor, "all")] },
        select: {
          id: true,
          status: true,
          target: true,
          postId: true,
          commentId: true,
          memberId: true,
          communityId: true,
        },
      });
      if (!report) throw new AppError("NOT_FOUND", "That report does not exist or is not in your queue.");
      // Claims the report: a second moderator acting at the same moment finds it closed.
      const claimed = await tx.report.updateMany({
        where: { id: report.id, status: "OPEN" },
        data: {
          status: input.action === "dismiss" ? "DISMISSED" : "ACTIONED",
          resolvedById: actor.id,
          resolvedAt: new Date(),
          resolution: `${RESOLUTION[input.action]}: ${input.reason}`,
        },
      });
      if (claimed.count === 0) throw new AppError("CONFLICT", "Someone already handled this report.");

      let content: ModeratedContent | null = null;
      let recipients: string[] = [];
      if (input.action === "dismiss") {
        await tx.auditEntry.create({
          data: {
            actorId: actor.id,
            action: "report.dismissed",
            targetType: "Report",
            targetId: report.id,
            communityId: report.communityId,
            reason: input.reason,
          },
        });
      } else if (input.action === "hide" || input.action === "remove") {
        const targetId = report.postId ?? report.commentId;
        if (!targetId)
          throw new AppError("BAD_INPUT", "A report about a person has no content to hide or remove.", {
            action: "Choose dismiss or suspend for a report about a person",
          });
        content = await lockShownContent(tx, { targetType: report.postId ? "POST" : "COMMENT", targetId });
        recipients = await takeDownContent(tx, actor, content, { mode: input.action, reason: input.reason });
      } else {
        if (!report.communityId) {
          throw new AppError("BAD_INPUT", "Suspension applies within a community; this report is company-wide.", {
            action: "Company-wide reports can be dismissed, hidden or removed",
          });
        }
        const userId = report.memberId ?? (await authorOf(tx, report));
        const targetRole = await communityRoleOf(userId, report.communityId, tx);
        const actorRole = await communityRoleOf(actor.id, report.communityId, tx);
        if (!canSuspendMember(actor, actorRole, targetRole)) {
          throw new AppError("FORBIDDEN", "Only an admin can suspend a community's owner.");
        }
        await suspendFromCommunity(tx, actor, { communityId: report.communityId, userId, reason: input.reason });
      }
      // The same content or person reported by others is dealt with too.
      const sameTarget = report.postId
        ? { postId: report.postId }
        : report.commentId
          ? { commentId: report.commentId }
          : { memberId: report.memberId };
      await tx.report.updateMany({
        where: { status: "OPEN", ...sameTarget, ...(report.memberId ? { communityId: report.communityId } : {}) },
        data: {
          status: input.action === "dismiss" ? "DISMISSED" : "ACTIONED",
          resolvedById: actor.id,
          resolvedAt: new Date(),
          resolution: `${RESOLUTION[input.action]}: ${input.reason}`,
        },
      });
      return { report, content, recipients };
    });
    if (content) afterCommit(() => publishContentChange(content, "gone"));
    afterCommit(() => publishNotifications(recipients));
    afterCommit(() => publishReportChanged(report));
    return { id: report.id };
  },
});

async function authorOf(tx: Tx, report: { postId: string | null; commentId: string | null }): Promise<string> {
  if (report.postId)
    return (await tx.post.findUniqueOrThrow({ where: { id: report.postId }, select: { authorId: true } })).authorId;
  return (await tx.comment.findUniqueOrThrow({ where: { id: report.commentId! }, select: { authorId: true } }))
    .authorId;
}
