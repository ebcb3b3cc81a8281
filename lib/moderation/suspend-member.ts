import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import type { Tx } from "@/lib/db";

/**
 * Suspends a member from one community: a ban row (so they cannot rejoin), their membership gone and the
 * stored member count moved by exactly the rows deleted. Audited. The caller checked the moderator's right.
 */
export async function suspendFromCommunity(
  tx: Tx,
  actor: Actor,
  { communityId, userId, reason }: { communityId: string; userId: string; reason: string },
): Promise<void> {
  await tx.communityBan.upsert({
    where: { communityId_userId: { communityId, userId } },
    create: { communityId, userId, reason, byId: actor.id },
    update: { reason, byId: actor.id, until: null },
  });
  const { count } = await tx.communityMember.deleteMany({ where: { communityId, userId, role: { not: "OWNER" } } });
  if (count > 0) await tx.community.update({ where: { id: communityId }, data: { memberCount: { decrement: count } } });
  await tx.auditEntry.create({
    data: { actorId: actor.id, action: "member.suspended", targetType: "User", targetId: userId, communityId, reason },
  });
}
