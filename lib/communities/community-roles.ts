import type { CommunityRole } from "@/lib/generated/prisma/enums";

// The community roles, once, as plain data and pure functions (no database). The questions built on
// them live in lib/communities/access.ts.

/** Every community role, highest first. */
export const COMMUNITY_ROLES = ["OWNER", "MODERATOR", "MEMBER"] as const satisfies readonly CommunityRole[];

/** The roles that moderate a community (owners hold every moderator power): queries and guards read this list. */
export const MODERATING_ROLES = ["OWNER", "MODERATOR"] as const satisfies readonly CommunityRole[];

const RANK: Record<CommunityRole, number> = { OWNER: 0, MODERATOR: 1, MEMBER: 2 };

/** Owners before moderators before members, for lists. */
export function compareCommunityRoles(a: CommunityRole, b: CommunityRole): number {
  return RANK[a] - RANK[b];
}

/** Whether a member with `role` moderates (an owner or a moderator). */
export function isModeratingRole(role: CommunityRole | null): boolean {
  return role !== null && (MODERATING_ROLES as readonly CommunityRole[]).includes(role);
}

/** Moderators act on members, owners on moderators and members; members on nobody. Admins: see access.ts. */
export function roleOutranks(actorRole: CommunityRole | null, targetRole: CommunityRole): boolean {
  return isModeratingRole(actorRole) && RANK[actorRole as CommunityRole] < RANK[targetRole];
}
