import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { requireContentModerator } from "@/lib/communities/access";
import { db } from "@/lib/db";
import { publishNotifications } from "@/lib/notifications/notify";
import { lockShownContent, publishContentChange, takeDownContent } from "@/lib/moderation/content-moderation";
import { ZContentRef, ZModerationReason } from "@/lib/moderation/moderation-input";
import { enforceWriteLimit } from "@/lib/rate-limit-guard";

export const ZRemoveContentInput = ZContentRef.extend({
  reason: ZModerationReason,
  mode: z.enum(["hide", "remove"]).default("remove"),
});

/**
 * "Remove with reason" straight from a post or comment: moderators and owners of its community, admins
 * anywhere. Unlike an author's own delete it is restorable, the author is told why, and it is audited.
 * Also closes the open reports on that content, since it has been dealt with.
 */
export const removeContent = defineUseCase({
  input: ZRemoveContentInput,
  permission: "posts.read",
  run: async ({ actor, input, afterCommit }) => {
    await enforceWriteLimit("moderation", actor.id);
    const { content, recipients } = await db.$transaction(async (tx) => {
      const content = await lockShownContent(tx, input);
      await requireContentModerator(tx, actor, content.communityId);
      const recipients = await takeDownContent(tx, actor, content, { mode: input.mode, reason: input.reason });
      await tx.report.updateMany({
        where: {
          status: "OPEN",
          ...(content.targetType === "POST" ? { postId: content.id } : { commentId: content.id }),
        },
        data: {
          status: "ACTIONED",
          resolvedById: actor.id,
          resolvedAt: new Date(),
          resolution: input.mode === "hide" ? "Hidden" : "Removed",
        },
      });
      return { content, recipients };
    });
    afterCommit(() => publishContentChange(content, "gone"));
    afterCommit(() => publishNotifications(recipients));
    return { id: content.id };
  },
});
