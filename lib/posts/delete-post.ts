import "server-only";
import { z } from "zod";
import { canDeleteContent } from "@/lib/auth/permissions";
import { defineUseCase } from "@/lib/auth/use-case";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { postAudienceRooms, postAudienceSelect, visiblePostWhere } from "@/lib/posts/visibility";
import { publish } from "@/lib/realtime/publish";

export const ZDeletePostInput = z.object({ postId: z.string().min(1).max(40), reason: z.string().trim().max(500).default("") });

/** Authors delete their own posts; admins remove anyone's, and that is audited. Soft delete: restorable. */
export const deletePost = defineUseCase({
  input: ZDeletePostInput,
  permission: "posts.read",
  run: async ({ actor, input }) => {
    const post = await db.$transaction(async (tx) => {
      const post = await tx.post.findFirst({ where: { AND: [{ id: input.postId }, visiblePostWhere(actor)] }, select: { id: true, authorId: true, ...postAudienceSelect } });
      if (!post || !canDeleteContent(actor, post.authorId)) throw new AppError("NOT_FOUND", "That post does not exist or is not yours to delete.");
      await tx.post.update({ where: { id: post.id }, data: { deletedAt: new Date() } });
      if (post.authorId !== actor.id) {
        await tx.auditEntry.create({ data: { actorId: actor.id, action: "post.removed", targetType: "Post", targetId: post.id, communityId: post.communityId, reason: input.reason } });
      }
      return post;
    });
    publish(postAudienceRooms(post), { type: "post.deleted", ids: [post.id] });
    return { id: post.id };
  },
});
