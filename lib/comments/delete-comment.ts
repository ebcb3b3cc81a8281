import "server-only";
import { z } from "zod";
import { canDeleteContent } from "@/lib/auth/permissions";
import { defineUseCase } from "@/lib/auth/use-case";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { postAudienceRooms, postAudienceSelect, visiblePostWhere } from "@/lib/posts/visibility";
import { publish } from "@/lib/realtime/publish";

/** Soft-deletes a comment and its replies; the post's stored count follows in the same transaction. */
export const deleteComment = defineUseCase({
  input: z.object({ commentId: z.string().min(1).max(40) }),
  permission: "posts.read",
  run: async ({ actor, input }) => {
    const comment = await db.$transaction(async (tx) => {
      const comment = await tx.comment.findFirst({
        where: { id: input.commentId, deletedAt: null, post: visiblePostWhere(actor) },
        select: { id: true, postId: true, authorId: true, post: { select: postAudienceSelect } },
      });
      if (!comment || !canDeleteContent(actor, comment.authorId)) throw new AppError("NOT_FOUND", "That comment does not exist or is not yours to delete.");
      // The comment first (waits for replies being written under it), then its replies, which now include them.
      const now = new Date();
      const own = await tx.comment.updateMany({ where: { id: comment.id, deletedAt: null }, data: { deletedAt: now } });
      const replies = await tx.comment.updateMany({ where: { parentId: comment.id, deletedAt: null }, data: { deletedAt: now } });
      const count = own.count + replies.count;
      await tx.post.update({ where: { id: comment.postId }, data: { commentCount: { decrement: count } } });
      if (comment.authorId !== actor.id) {
        await tx.auditEntry.create({ data: { actorId: actor.id, action: "comment.removed", targetType: "Comment", targetId: comment.id, communityId: comment.post.communityId } });
      }
      return comment;
    });
    publish(postAudienceRooms(comment.post), { type: "comment.deleted", ids: [comment.postId, comment.id] });
    return { id: comment.id };
  },
});
