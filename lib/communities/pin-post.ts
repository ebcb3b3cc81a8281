import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { requireModeratedCommunity } from "@/lib/communities/access";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requireVisiblePost } from "@/lib/posts/require-visible-post";
import { postAudienceRooms } from "@/lib/posts/visibility";
import { ZId } from "@/lib/id";

/** A moderator pins a post at the top of its community's feed, or unpins it. */
export const pinCommunityPost = defineUseCase({
  input: z.object({ postId: ZId, pinned: z.boolean() }),
  permission: "communities.read",
  run: async ({ actor, input, afterCommit }) => {
    const post = await db.$transaction(async (tx) => {
      const post = await requireVisiblePost(tx, actor, input.postId);
      if (!post.communityId) throw new AppError("BAD_INPUT", "Only community posts can be pinned in a community.");
      await requireModeratedCommunity(tx, actor, post.communityId);
      await tx.post.update({ where: { id: post.id }, data: { communityPinnedAt: input.pinned ? new Date() : null } });
      await tx.auditEntry.create({
        data: {
          actorId: actor.id,
          action: input.pinned ? "community.post.pinned" : "community.post.unpinned",
          targetType: "Post",
          targetId: post.id,
          communityId: post.communityId,
        },
      });
      return post;
    });
    afterCommit.publish(postAudienceRooms(post), { type: "post.updated", postId: post.id });
    return { pinned: input.pinned };
  },
});
