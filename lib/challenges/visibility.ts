import type { Actor } from "@/lib/auth/permissions";
import { can } from "@/lib/auth/permissions";
import { Prisma } from "@/lib/generated/prisma/client";
import { rooms } from "@/lib/realtime/events";

// Who may see a challenge, as a query: company-wide ones everybody; a community's challenge whoever may see
// that community (public, or a member), admins always. Everything about a challenge (entries, votes,
// events) follows this one rule.
export function visibleChallengeWhere(actor: Actor): Prisma.ChallengeWhereInput {
  if (can(actor, "communities.moderateAny")) return {};
  return {
    OR: [
      { communityId: null },
      { community: { visibility: "PUBLIC" } },
      { community: { members: { some: { userId: actor.id } } } },
    ],
  };
}

/** visibleChallengeWhere in SQL, over "Challenge" aliased `alias` (search); keep the two in step. */
export function visibleChallengeSql(actor: Actor, alias: string): Prisma.Sql {
  if (can(actor, "communities.moderateAny")) return Prisma.sql`true`;
  const ch = Prisma.raw(alias);
  return Prisma.sql`(${ch}."communityId" is null
    or exists (select 1 from "Community" vc where vc.id = ${ch}."communityId" and vc.visibility = 'PUBLIC')
    or exists (select 1 from "CommunityMember" vm where vm."communityId" = ${ch}."communityId" and vm."userId" = ${actor.id}))`;
}

type AudienceClient = {
  communityMember: {
    findMany: (args: { where: { communityId: string }; select: { userId: true } }) => Promise<{ userId: string }[]>;
  };
};

/** The realtime rooms whose members may see the challenge: events about it go only there. */
export async function challengeAudienceRooms(
  client: AudienceClient,
  challenge: { communityId: string | null; communityVisibility: string | null },
): Promise<string[]> {
  if (!challenge.communityId || challenge.communityVisibility === "PUBLIC") return [rooms.everyone];
  const members = await client.communityMember.findMany({
    where: { communityId: challenge.communityId },
    select: { userId: true },
  });
  return [rooms.role("ADMIN"), ...members.map((member) => rooms.user(member.userId))];
}
