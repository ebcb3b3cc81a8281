import "server-only";
import { can, type Actor } from "@/lib/auth/permissions";
import type { Tx } from "@/lib/db";
import { db } from "@/lib/db";
import type { CommunityRole } from "@/lib/generated/prisma/client";

// Object-level questions about one community, read as questions. The role-level verbs
// ("communities.moderateAny") live in lib/auth/permissions.ts; admins hold every community power.

/** The actor's role in the community, or null for a non-member. */
export async function communityRoleOf(actorId: string, communityId: string, client: Tx | typeof db = db): Promise<CommunityRole | null> {
  const membership = await client.communityMember.findUnique({
    where: { communityId_userId: { communityId, userId: actorId } },
    select: { role: true },
  });
  return membership?.role ?? null;
}

/** Approve requests, invite, pin, remove content, mute or remove members, work the community's report queue. */
export function canModerateCommunity(actor: Pick<Actor, "role">, role: CommunityRole | null): boolean {
  return can(actor, "communities.moderateAny") || role === "OWNER" || role === "MODERATOR";
}

/** Manage roles and settings, archive the community, read its health. */
export function canOwnCommunity(actor: Pick<Actor, "role">, role: CommunityRole | null): boolean {
  return can(actor, "communities.moderateAny") || role === "OWNER";
}
