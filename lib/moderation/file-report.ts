import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import type { Actor } from "@/lib/auth/permissions";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ReportTarget } from "@/lib/generated/prisma/client";
import { REPORT_DETAILS_MAX, REPORT_REASONS, type ReportReason } from "@/lib/moderation/moderation-input";
import { publishReportChanged } from "@/lib/moderation/publish-report";
import { shownCommentWhere, visiblePostWhere } from "@/lib/posts/visibility";
import { enforceWriteLimit } from "@/lib/rate-limit-guard";
import { ZId } from "@/lib/id";

export const ZFileReportInput = z.object({
  target: z.enum(["POST", "COMMENT", "MEMBER"]),
  targetId: ZId,
  reason: z.enum(Object.keys(REPORT_REASONS) as [ReportReason, ...ReportReason[]], { error: "Choose what is wrong" }),
  details: z
    .string()
    .trim()
    .max(REPORT_DETAILS_MAX, `Details can be at most ${REPORT_DETAILS_MAX} characters`)
    .default(""),
});

type Subject = { postId?: string; commentId?: string; memberId?: string; communityId: string | null };

/** What is reported, if the reporter may see it; the community it belongs to decides whose queue it joins. */
async function subjectOf(tx: Tx, actor: Actor, target: ReportTarget, targetId: string): Promise<Subject> {
  if (target === "POST") {
    const post = await tx.post.findFirst({
      where: { AND: [{ id: targetId }, visiblePostWhere(actor)] },
      select: { id: true, authorId: true, communityId: true },
    });
    if (!post) throw new AppError("NOT_FOUND", "That post does not exist or was removed.");
    if (post.authorId === actor.id)
      throw new AppError("BAD_INPUT", "You cannot report your own post; delete it instead.");
    return { postId: post.id, communityId: post.communityId };
  }
  if (target === "COMMENT") {
    const comment = await tx.comment.findFirst({
      where: { id: targetId, ...shownCommentWhere(actor) },
      select: { id: true, authorId: true, post: { select: { communityId: true } } },
    });
    if (!comment) throw new AppError("NOT_FOUND", "That comment does not exist or was removed.");
    if (comment.authorId === actor.id)
      throw new AppError("BAD_INPUT", "You cannot report your own comment; delete it instead.");
    return { commentId: comment.id, communityId: comment.post.communityId };
  }
  const member = await tx.user.findFirst({ where: { id: targetId, deactivatedAt: null }, select: { id: true } });
  if (!member) throw new AppError("NOT_FOUND", "That person does not exist.");
  if (member.id === actor.id) throw new AppError("BAD_INPUT", "You cannot report yourself.");
  // A member report is about conduct anywhere: it goes to the admins' company-wide queue.
  return { memberId: member.id, communityId: null };
}

/**
 * Anyone reports a post, comment or member with a reason. One open report per reporter and target: a
 * transaction-scoped advisory lock on (reporter, target) serialises racing clicks, so the second finds
 * the first and gets it back. Only a new report counts against the rate limit.
 */
export const fileReport = defineUseCase({
  input: ZFileReportInput,
  permission: "reports.create",
  run: async ({ actor, input, afterCommit }) => {
    const { report, created } = await db.$transaction(async (tx) => {
      await tx.$executeRaw`select pg_advisory_xact_lock(hashtextextended(${`report:${actor.id}:${input.target}:${input.targetId}`}, 0))`;
      const subject = await subjectOf(tx, actor, input.target, input.targetId);
      const open = await tx.report.findFirst({
        where: {
          reporterId: actor.id,
          status: "OPEN",
          target: input.target,
          postId: subject.postId,
          commentId: subject.commentId,
          memberId: subject.memberId,
        },
        select: { id: true, communityId: true },
      });
      if (open) return { report: open, created: false };
      await enforceWriteLimit("report", actor.id);
      const report = await tx.report.create({
        data: { reporterId: actor.id, target: input.target, ...subject, reason: input.reason, details: input.details },
        select: { id: true, communityId: true },
      });
      return { report, created: true };
    });
    if (created) afterCommit(() => publishReportChanged(report));
    return { id: report.id, alreadyReported: !created };
  },
});
