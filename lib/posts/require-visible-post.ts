import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { CommunityVisibility } from "@/lib/generated/prisma/client";
import { visiblePostWhere } from "@/lib/posts/visibility";

export type VisiblePost = {
  id: string;
  authorId: string;
  communityId: string | null;
  community: { visibility: CommunityVisibility; archivedAt: Date | null } | null;
};

/** The post, if the actor may see it; otherwise the same NOT_FOUND whether it is missing, removed, hidden or in a community they may not read. */
export async function requireVisiblePost(client: Tx, actor: Actor, postId: string): Promise<VisiblePost> {
  const post = await client.post.findFirst({
    where: { AND: [{ id: postId }, visiblePostWhere(actor)] },
    select: {
      id: true,
      authorId: true,
      communityId: true,
      community: { select: { visibility: true, archivedAt: true } },
    },
  });
  if (!post) throw new AppError("NOT_FOUND", "That post does not exist or was removed.");
  return post;
}
