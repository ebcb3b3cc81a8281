import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { ZId } from "@/lib/id";

/**
 * The author's own post that a moderator removed, with the reason, so the post page can tell them why.
 * Everyone else (and hidden posts, still under review) gets the same NOT_FOUND as a missing post.
 */
export const findOwnRemovedPost = defineUseCase({
  input: z.object({ postId: ZId }),
  permission: "posts.read",
  run: async ({ actor, input }) => {
    const post = await db.post.findFirst({
      where: { id: input.postId, authorId: actor.id, deletedAt: null, removedAt: { not: null } },
      select: { id: true, bodyHtml: true, removedReason: true, removedAt: true, createdAt: true },
    });
    if (!post) throw new AppError("NOT_FOUND", "That post does not exist or was removed.");
    return {
      id: post.id,
      bodyHtml: post.bodyHtml,
      reason: post.removedReason,
      removedAt: post.removedAt!.toISOString(),
      createdAt: post.createdAt.toISOString(),
    };
  },
});
