import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { visibleCommunityWhere } from "@/lib/communities/access";
import { COMMUNITY_KINDS, COMMUNITY_SORTS } from "@/lib/communities/community-input";
import { plainTextExcerpt } from "@/lib/content/extract";
import { db } from "@/lib/db";
import type { CommunityKind, CommunityRole, CommunityVisibility, Prisma } from "@/lib/generated/prisma/client";

const MAX_SHOWN = 60;

export type CommunityCard = {
  id: string;
  slug: string;
  name: string;
  excerpt: string;
  kind: CommunityKind;
  category: string;
  visibility: CommunityVisibility;
  coverUrl: string | null;
  purposeGoal: string | null;
  memberCount: number;
  postCount: number;
  lastActivityAt: string;
  myRole: CommunityRole | null;
  hasPendingRequest: boolean;
  reason: string | null; // why it is suggested
};

export const ZListCommunitiesInput = z.object({
  q: z.string().trim().max(100).default(""),
  kind: z.enum(COMMUNITY_KINDS).optional().catch(undefined),
  category: z.string().trim().max(40).default(""),
  sort: z.enum(COMMUNITY_SORTS).default("activity").catch("activity"),
  mine: z.coerce.boolean().default(false),
});

/**
 * Discover: the communities the actor may see (secret ones only when they belong), searched and filtered,
 * sorted by activity, size or "suggested for you": colleagues from their department and people they follow
 * who are members, and their profile interests matching the name or category.
 */
export const listCommunities = defineUseCase({
  input: ZListCommunitiesInput,
  permission: "communities.read",
  run: async ({ actor, input }) => {
    const where: Prisma.CommunityWhereInput = {
      AND: [
        visibleCommunityWhere(actor),
        { archivedAt: null },
        input.q
          ? {
              OR: [
                { name: { contains: input.q, mode: "insensitive" } },
                { description: { contains: input.q, mode: "insensitive" } },
                { category: { contains: input.q, mode: "insensitive" } },
              ],
            }
          : {},
        input.kind ? { kind: input.kind } : {},
        input.category ? { category: { equals: input.category, mode: "insensitive" } } : {},
        input.mine ? { members: { some: { userId: actor.id } } } : {},
      ],
    };
    const orderBy: Prisma.CommunityOrderByWithRelationInput[] =
      input.sort === "members"
        ? [{ memberCount: "desc" }, { lastActivityAt: "desc" }]
        : [{ lastActivityAt: "desc" }, { id: "desc" }];
    const [rows, categories] = await Promise.all([
      db.community.findMany({
        where,
        orderBy,
        take: input.sort === "suggested" ? 200 : MAX_SHOWN,
        select: {
          id: true,
          slug: true,
          name: true,
          description: true,
          kind: true,
          category: true,
          visibility: true,
          coverKey: true,
          purposeGoal: true,
          memberCount: true,
          postCount: true,
          lastActivityAt: true,
          members: { where: { userId: actor.id }, select: { role: true } },
          joinRequests: { where: { userId: actor.id, status: "PENDING" }, select: { id: true } },
        },
      }),
      db.community.findMany({
        where: { AND: [visibleCommunityWhere(actor), { archivedAt: null }, { category: { not: "" } }] },
        distinct: ["category"],
        select: { category: true },
        orderBy: { category: "asc" },
      }),
    ]);
    const reasons =
      input.sort === "suggested"
        ? await suggestionReasons(
            actor.id,
            rows.map((row) => row.id),
          )
        : new Map<string, { score: number; reason: string | null }>();
    const interests = input.sort === "suggested" ? await interestsOf(actor.id) : [];
    const cards = rows.map((row): CommunityCard & { score: number } => {
      const social = reasons.get(row.id);
      const interest = interests.find(
        (word) => row.category.toLowerCase() === word || row.name.toLowerCase().includes(word),
      );
      return {
        id: row.id,
        slug: row.slug,
        name: row.name,
        excerpt: plainTextExcerpt(row.description, 160),
        kind: row.kind,
        category: row.category,
        visibility: row.visibility,
        coverUrl: row.coverKey ? `/api/communities/${row.id}/cover` : null,
        purposeGoal: row.purposeGoal,
        memberCount: row.memberCount,
        postCount: row.postCount,
        lastActivityAt: row.lastActivityAt.toISOString(),
        myRole: row.members[0]?.role ?? null,
        hasPendingRequest: row.joinRequests.length > 0,
        reason: interest ? `Matches your interest in ${interest}` : (social?.reason ?? null),
        score: (social?.score ?? 0) + (interest ? 5 : 0),
      };
    });
    const items =
      input.sort === "suggested"
        ? cards
            .filter((card) => !card.myRole)
            .sort((a, b) => b.score - a.score || b.lastActivityAt.localeCompare(a.lastActivityAt))
            .slice(0, MAX_SHOWN)
        : cards;
    return {
      items: items.map(({ score: _score, ...card }) => card),
      categories: categories.map((row) => row.category),
    };
  },
});

async function interestsOf(userId: string): Promise<string[]> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { interests: true } });
  return (user?.interests ?? []).map((word) => word.trim().toLowerCase()).filter((word) => word.length >= 3);
}

/** Per community: how many department colleagues and followed people are members, as a score and a sentence. */
async function suggestionReasons(userId: string, communityIds: string[]) {
  if (communityIds.length === 0) return new Map<string, { score: number; reason: string | null }>();
  const rows = await db.$queryRaw<{ communityId: string; colleagues: number; followed: number }[]>`
    select m."communityId",
           count(*) filter (where u."departmentId" is not null and u."departmentId" = me."departmentId")::int as colleagues,
           count(*) filter (where f."followerId" is not null)::int as followed
    from "CommunityMember" m
    join "User" u on u.id = m."userId"
    join "User" me on me.id = ${userId}
    left join "Follow" f on f."followerId" = ${userId} and f."followeeId" = m."userId"
    where m."communityId" = any(${communityIds}) and m."userId" <> ${userId}
    group by m."communityId"`;
  return new Map<string, { score: number; reason: string | null }>(
    rows.map((row) => {
      const parts = [
        row.colleagues > 0 ? `${row.colleagues} from your department` : null,
        row.followed > 0 ? `${row.followed} ${row.followed === 1 ? "person" : "people"} you follow` : null,
      ].filter(Boolean);
      return [
        row.communityId,
        {
          score: row.colleagues * 2 + row.followed * 3,
          reason: parts.length > 0 ? `${parts.join(" and ")} joined` : null,
        },
      ];
    }),
  );
}
