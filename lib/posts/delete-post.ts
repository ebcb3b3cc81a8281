import "server-only";
import { z } from "zod";
import { canDeleteContent } from "@/lib/auth/permissions";
import { defineUseCase } from "@/lib/auth/use-case";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requireContentModerator } from "@/lib/communities/access";
import { removeContent } from "@/lib/moderation/remove-content";
import { postAudienceRooms, postAudienceSelect, visiblePostWhere } from "@/lib/posts/visibility";
import { ZId } from "@/lib/id";

export const ZDeletePostInput = z.object({
  postId: ZId,
  reason: z.string().trim().max(500).default(""),
});

/**
 * Authors delete their own posts (soft delete, not audited). Anyone else's post can only be removed by a
 * moderator of its community or an admin: that is a moderation removal with a reason, restorable and audited.
 */
export const deletePost = defineUseCase({
  input: ZDeletePostInput,
  permission: "posts.read",
  run: async ({ actor, input, afterCommit }) => {
    const post = await db.post.findFirst({
      where: { AND: [{ id: input.postId }, visiblePostWhere(actor)] },
      select: { id: true, authorId: true, ...postAudienceSelect },
    });
    if (!post) throw new AppError("NOT_FOUND", "That post does not exist or is not yours to delete.");
    if (!canDeleteContent(actor, post.authorId)) {
      await requireContentModerator(db, actor, post.communityId);
      return removeContent(actor, { targetType: "POST", targetId: post.id, reason: input.reason });
    }
    const { count } = await db.post.updateMany({
      where: { id: post.id, deletedAt: null },
      data: { deletedAt: new Date() },
    });
    if (count === 0) throw new AppError("NOT_FOUND", "That post does not exist or is not yours to delete.");
    afterCommit.publish(postAudienceRooms(post), { type: "post.deleted", postId: post.id });
    return { id: post.id };
  },
});
