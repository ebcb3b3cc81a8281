import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { visiblePostWhere } from "@/lib/posts/visibility";

/** The post, if the actor may see it; otherwise the same NOT_FOUND whether it is missing, removed or hidden. */
export async function requireVisiblePost(client: Tx, actor: Actor, postId: string): Promise<{ id: string; authorId: string }> {
  const post = await client.post.findFirst({ where: { AND: [{ id: postId }, visiblePostWhere(actor)] }, select: { id: true, authorId: true } });
  if (!post) throw new AppError("NOT_FOUND", "That post does not exist or was removed.");
  return post;
}
