import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { canModerateCommunity, communityRoleOf } from "@/lib/communities/access";
import { db } from "@/lib/db";

/** Whether the actor may remove content on this post (its comments included): the community's moderators, admins. */
export async function mayModeratePost(actor: Actor, postId: string): Promise<boolean> {
  const post = await db.post.findUnique({ where: { id: postId }, select: { communityId: true } });
  if (!post) return false;
  return canModerateCommunity(actor, post.communityId ? await communityRoleOf(actor.id, post.communityId) : null);
}
