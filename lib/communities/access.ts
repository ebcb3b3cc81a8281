import "server-only";
import { can, type Actor } from "@/lib/auth/permissions";
import type { Tx } from "@/lib/db";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma, type CommunityRole, type CommunityVisibility } from "@/lib/generated/prisma/client";
import { isModeratingRole, MODERATING_ROLES, roleOutranks } from "@/lib/communities/community-roles";

// The community guard: object-level questions about one community, read as questions. The role-level verbs
// ("communities.moderateAny") live in lib/auth/permissions.ts; admins hold every community power.
// Refusals follow the policy written in lib/auth/permissions.ts: NOT_FOUND for what the actor may not
// see, FORBIDDEN for what they see but may not do.

/** The actor's role in the community, or null for a non-member. */
export async function communityRoleOf(
  actorId: string,
  communityId: string,
  client: Tx | typeof db = db,
): Promise<CommunityRole | null> {
  const membership = await client.communityMember.findUnique({
    where: { communityId_userId: { communityId, userId: actorId } },
    select: { role: true },
  });
  return membership?.role ?? null;
}

/** Approve requests, invite, pin, remove content, mute or remove members, work the community's report queue. */
export function canModerateCommunity(actor: Pick<Actor, "role">, role: CommunityRole | null): boolean {
  return can(actor, "communities.moderateAny") || isModeratingRole(role);
}

/** Manage roles and settings, archive the community, read its health. */
export function canOwnCommunity(actor: Pick<Actor, "role">, role: CommunityRole | null): boolean {
  return can(actor, "communities.moderateAny") || role === "OWNER";
}

/**
 * May an actor whose role here is `actorRole` mute or remove a member with `targetRole`? Moderators act on
 * members, owners on moderators and members, admins on anyone; nobody on themselves.
 */
export function canActOnMember(
  actor: Pick<Actor, "id" | "role">,
  actorRole: CommunityRole | null,
  target: { userId: string; role: CommunityRole },
): boolean {
  if (target.userId === actor.id) return false;
  return can(actor, "communities.moderateAny") || roleOutranks(actorRole, target.role);
}

/** Suspending through a report: a community's owner only by another owner or an admin. */
export function canSuspendMember(
  actor: Pick<Actor, "role">,
  actorRole: CommunityRole | null,
  targetRole: CommunityRole | null,
) {
  return targetRole !== "OWNER" || canOwnCommunity(actor, actorRole);
}

/** What the actor may do to one member, computed here so the member list only reads booleans. */
export type MemberAbilities = { canMute: boolean; canRemove: boolean; canChangeRole: boolean };

export function memberAbilities(
  actor: Pick<Actor, "id" | "role">,
  actorRole: CommunityRole | null,
  target: { userId: string; role: CommunityRole },
): MemberAbilities {
  const actsOn = canActOnMember(actor, actorRole, target);
  return {
    canMute: actsOn,
    canRemove: actsOn,
    canChangeRole: target.userId !== actor.id && canOwnCommunity(actor, actorRole),
  };
}

/** The memberships that make a user a moderator somewhere, as a query (for "moderates any community" and report scopes). */
export function moderatingMembershipWhere(userId: string): Prisma.CommunityMemberWhereInput {
  return { userId, role: { in: [...MODERATING_ROLES] } };
}

/**
 * Communities the actor may see at all: secret ones only for their members, people with an open invitation
 * (to accept it) and admins; for anyone else a secret community's slug or id finds nothing (404).
 */
export function visibleCommunityWhere(actor: Pick<Actor, "id" | "role">): Prisma.CommunityWhereInput {
  if (can(actor, "communities.moderateAny")) return {};
  return {
    OR: [
      { visibility: { in: ["PUBLIC", "PRIVATE"] } },
      { members: { some: { userId: actor.id } } },
      { invitations: { some: { inviteeId: actor.id, acceptedAt: null, declinedAt: null } } },
    ],
  };
}

/** visibleCommunityWhere in SQL, over "Community" aliased `alias` (search, the quick switcher); keep the two in step. */
export function visibleCommunitySql(actor: Pick<Actor, "id" | "role">, alias: string): Prisma.Sql {
  if (can(actor, "communities.moderateAny")) return Prisma.sql`true`;
  const c = Prisma.raw(alias);
  return Prisma.sql`(${c}.visibility in ('PUBLIC', 'PRIVATE')
    or exists (select 1 from "CommunityMember" vm where vm."communityId" = ${c}.id and vm."userId" = ${actor.id})
    or exists (select 1 from "CommunityInvitation" vi where vi."communityId" = ${c}.id and vi."inviteeId" = ${actor.id}
      and vi."acceptedAt" is null and vi."declinedAt" is null))`;
}

/** The community by slug or id as the actor may see it, with their role; the same NOT_FOUND whatever the reason. */
export async function requireVisibleCommunity(
  client: Tx | typeof db,
  actor: Actor,
  where: { slug: string } | { id: string },
) {
  const community = await client.community.findFirst({
    where: { AND: [where, visibleCommunityWhere(actor)] },
    select: { id: true, slug: true, name: true, visibility: true, archivedAt: true },
  });
  if (!community) throw new AppError("NOT_FOUND", "That community does not exist.");
  return { community, role: await communityRoleOf(actor.id, community.id, client) };
}

/** As requireVisibleCommunity, for moderator work; a member who may see it but not moderate is told so (403). */
export async function requireModeratedCommunity(client: Tx | typeof db, actor: Actor, communityId: string) {
  const found = await requireVisibleCommunity(client, actor, { id: communityId });
  if (!canModerateCommunity(actor, found.role))
    throw new AppError("FORBIDDEN", "Only the community's moderators can do that.");
  return found;
}

/**
 * "May moderate here" for content (remove, hide, delete someone else's post or comment): the moderators of
 * its community, admins anywhere; company-wide content (communityId null) is for admins. Content the actor
 * cannot read (a private or secret community they are not in) is NOT_FOUND; content they read but may not
 * moderate is FORBIDDEN.
 */
export async function requireContentModerator(
  client: Tx | typeof db,
  actor: Actor,
  communityId: string | null,
): Promise<void> {
  if (communityId === null) {
    if (!can(actor, "communities.moderateAny"))
      throw new AppError("FORBIDDEN", "Only admins can moderate company-wide posts.");
    return;
  }
  const { community, role } = await requireVisibleCommunity(client, actor, { id: communityId });
  if (!canReadCommunity(actor, community, role)) throw new AppError("NOT_FOUND", "That does not exist.");
  if (!canModerateCommunity(actor, role))
    throw new AppError("FORBIDDEN", "Only the community's moderators can do that.");
}

/** As requireVisibleCommunity, for owner work (roles, settings, archiving). */
export async function requireOwnedCommunity(client: Tx | typeof db, actor: Actor, communityId: string) {
  const found = await requireVisibleCommunity(client, actor, { id: communityId });
  if (!canOwnCommunity(actor, found.role)) throw new AppError("FORBIDDEN", "Only the community's owners can do that.");
  return found;
}

/** May the actor read the community's content (its feed, members, focus board)? */
export function canReadCommunity(
  actor: Pick<Actor, "role">,
  community: { visibility: CommunityVisibility },
  role: CommunityRole | null,
): boolean {
  return community.visibility === "PUBLIC" || role !== null || can(actor, "communities.moderateAny");
}

/**
 * Writing inside a community (posts, comments, focus items, answers, votes): members only, not while muted,
 * never in an archived community. Admins write anywhere that is not archived.
 */
export async function requireCanWriteInCommunity(client: Tx, actor: Actor, communityId: string): Promise<void> {
  const [community, membership] = await Promise.all([
    client.community.findUnique({ where: { id: communityId }, select: { archivedAt: true } }),
    client.communityMember.findUnique({
      where: { communityId_userId: { communityId, userId: actor.id } },
      select: { mutedUntil: true },
    }),
  ]);
  if (!community) throw new AppError("NOT_FOUND", "That community does not exist.");
  if (community.archivedAt)
    throw new AppError("FORBIDDEN", "This community is archived: it can be read but not written in.");
  if (!membership && !can(actor, "communities.moderateAny"))
    throw new AppError("FORBIDDEN", "Join the community to take part.");
  if (membership?.mutedUntil && membership.mutedUntil > new Date()) {
    throw new AppError("FORBIDDEN", "A moderator muted you in this community for now; you can still read it.");
  }
}
