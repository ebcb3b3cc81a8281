import "server-only";
import { z } from "zod";
import { canDeleteContent } from "@/lib/auth/permissions";
import { defineUseCase } from "@/lib/auth/use-case";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requireContentModerator } from "@/lib/communities/access";
import { removeContent } from "@/lib/moderation/remove-content";
import { postAudienceRooms, postAudienceSelect, shownCommentWhere, shownContentWhere } from "@/lib/posts/visibility";
import { ZId } from "@/lib/id";

const NOT_YOURS = "That comment does not exist or is not yours to delete.";

/**
 * Authors soft-delete their comment and its replies; the post's stored count follows in the same transaction.
 * Someone else's comment is a moderator's removal (with a reason, restorable, audited): lib/moderation.
 */
export const deleteComment = defineUseCase({
  input: z.object({ commentId: ZId, reason: z.string().trim().max(500).default("") }),
  permission: "posts.read",
  run: async ({ actor, input, afterCommit }) => {
    const found = await db.comment.findFirst({
      where: { id: input.commentId, ...shownCommentWhere(actor) },
      select: { id: true, authorId: true, post: { select: postAudienceSelect } },
    });
    if (!found) throw new AppError("NOT_FOUND", NOT_YOURS);
    if (!canDeleteContent(actor, found.authorId)) {
      await requireContentModerator(db, actor, found.post.communityId);
      return removeContent(actor, { targetType: "COMMENT", targetId: found.id, reason: input.reason });
    }
    const comment = await db.$transaction(async (tx) => {
      // The comment first (waits for replies being written under it), then its replies, which now include them.
      const now = new Date();
      const own = await tx.comment.updateMany({
        where: { id: found.id, ...shownContentWhere },
        data: { deletedAt: now },
      });
      if (own.count === 0) throw new AppError("NOT_FOUND", NOT_YOURS);
      // Only replies that were shown count: removed or hidden ones already left the stored count.
      const shownReplies = await tx.comment.updateMany({
        where: { parentId: found.id, ...shownContentWhere },
        data: { deletedAt: now },
      });
      await tx.comment.updateMany({ where: { parentId: found.id, deletedAt: null }, data: { deletedAt: now } });
      const comment = await tx.comment.findUniqueOrThrow({
        where: { id: found.id },
        select: { id: true, postId: true },
      });
      await tx.post.update({
        where: { id: comment.postId },
        data: { commentCount: { decrement: 1 + shownReplies.count } },
      });
      return comment;
    });
    afterCommit.publish(postAudienceRooms(found.post), {
      type: "comment.deleted",
      postId: comment.postId,
      commentId: comment.id,
    });
    return { id: comment.id };
  },
});
