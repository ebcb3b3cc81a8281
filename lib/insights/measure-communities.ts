import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { scopeCtes, visibleCommunitySql, type InsightsScope } from "@/lib/insights/insights-scope";
import { guarded, insightsWindow, share, weeksCte, weekStartOf } from "@/lib/insights/insights-time";

export type CommunityFigures = {
  slug: string;
  name: string;
  kind: "WORK" | "INTEREST";
  members: number; // members in scope
  monthlyActive: number | null;
  yearlyActive: number | null;
  healthIndex: number | null; // monthly active ÷ members active at least once in 12 months
  coldSince: string | null;
};
export type ColdCommunity = { slug: string; name: string; coldSince: string; owners: string[]; causes: string[] };
export type Communities = {
  people: number;
  communities: CommunityFigures[];
  cold: ColdCommunity[];
  interestMembers: number | null; // people in scope who belong to an interest community
  interestActive: number | null; // … and contributed in one in the last 30 days
  interestShare: number | null;
  trend: { weekStart: string; workActive: number | null; interestActive: number | null }[];
};

/** Contributions inside communities, everyone's: (communityId, uid, at, steward), since `since`. */
const contributionsSql = (since: Date) => Prisma.sql`contributions as (
    select p."communityId" as cid, p."authorId" as uid, p."createdAt" as at from "Post" p
      where p."communityId" is not null and p."createdAt" >= ${since} and p."deletedAt" is null and p."removedAt" is null
    union all
    select p."communityId", c."authorId", c."createdAt" from "Comment" c join "Post" p on p.id = c."postId"
      where p."communityId" is not null and c."createdAt" >= ${since} and c."deletedAt" is null and c."removedAt" is null
    union all
    select p."communityId", r."userId", r."createdAt" from "Reaction" r join "Post" p on p.id = r."postId"
      where p."communityId" is not null and r."createdAt" >= ${since}
    union all
    select f."communityId", f."authorId", f."createdAt" from "FocusItem" f
      where f."createdAt" >= ${since} and f."removedAt" is null
    union all
    select f."communityId", v."userId", v."createdAt" from "FocusVote" v join "FocusItem" f on f.id = v."itemId"
      where v."createdAt" >= ${since} and f."removedAt" is null
    union all
    select f."communityId", a."authorId", a."createdAt" from "FocusAnswer" a join "FocusItem" f on f.id = a."itemId"
      where a."createdAt" >= ${since} and a."removedAt" is null and f."removedAt" is null
  )`;

type Row = Omit<CommunityFigures, "healthIndex" | "coldSince" | "monthlyActive" | "yearlyActive"> & {
  monthly: number;
  yearly: number;
  coldSince: Date | null;
};

/** Health per community (over the scope's members), the cold list with causes, interest participation. */
export async function measureCommunities(scope: InsightsScope, now = new Date()): Promise<Communities> {
  const window = insightsWindow(now);
  const since365 = new Date(now.getTime() - 365 * 86_400_000);
  const week = (weeksAgo: number) => new Date(now.getTime() - weeksAgo * 7 * 86_400_000);
  const [rows, [totals], trend, cold] = await Promise.all([
    db.$queryRaw<Row[]>`
      with recursive ${scopeCtes(scope)}, ${contributionsSql(since365)}
      select c.slug, c.name, c.kind, c."coldSince", count(distinct m."userId")::int as members,
        count(distinct x.uid) filter (where x.at >= ${window.since30})::int as monthly,
        count(distinct x.uid)::int as yearly
      from "Community" c
      join "CommunityMember" m on m."communityId" = c.id and m."userId" in (select id from scope)
      left join contributions x on x.cid = c.id and x.uid = m."userId"
      where c."archivedAt" is null and ${visibleCommunitySql(scope, "c")}
      group by c.id order by c.name`,
    db.$queryRaw<{ people: number; members: number; active: number }[]>`
      with recursive ${scopeCtes(scope)}, ${contributionsSql(window.since30)}
      select (select count(*) from scope)::int as people,
        (select count(distinct m."userId") from "CommunityMember" m join "Community" c on c.id = m."communityId"
          where c.kind = 'INTEREST' and c."archivedAt" is null and m."userId" in (select id from scope))::int as members,
        (select count(distinct x.uid) from contributions x join "Community" c on c.id = x.cid
          where c.kind = 'INTEREST' and x.uid in (select id from scope))::int as active`,
    db.$queryRaw<{ i: number; people: number; work: number; interest: number }[]>`
      with recursive ${scopeCtes(scope)}, ${contributionsSql(window.since84)}, ${weeksCte(window)}
      select w.i, (select count(*) from scope)::int as people,
        count(distinct x.uid) filter (where c.kind = 'WORK')::int as work,
        count(distinct x.uid) filter (where c.kind = 'INTEREST')::int as interest
      from weeks w
      left join contributions x on x.at >= w.start and x.at < w.stop and x.uid in (select id from scope)
      left join "Community" c on c.id = x.cid
      group by w.i order by w.i`,
    db.$queryRaw<
      { slug: string; name: string; coldSince: Date; owners: string[]; w2: number; w1: number; w0: number }[]
    >`
      with recursive ${scopeCtes(scope)}, ${contributionsSql(week(3))}
      select c.slug, c.name, c."coldSince",
        array(select u.name from "CommunityMember" o join "User" u on u.id = o."userId"
          where o."communityId" = c.id and o.role = 'OWNER' order by u.name) as owners,
        (select count(*) from contributions x where x.cid = c.id and x.at >= ${week(3)} and x.at < ${week(2)})::int as w2,
        (select count(*) from contributions x where x.cid = c.id and x.at >= ${week(2)} and x.at < ${week(1)})::int as w1,
        (select count(*) from contributions x where x.cid = c.id and x.at >= ${week(1)})::int as w0
      from "Community" c
      where c."coldSince" is not null and c."archivedAt" is null and ${visibleCommunitySql(scope, "c")}
        and exists (select 1 from "CommunityMember" m where m."communityId" = c.id and m."userId" in (select id from scope))
      order by c."coldSince", c.name`,
  ]);
  const people = totals?.people ?? 0;
  return {
    people,
    communities: rows.map(({ monthly, yearly, coldSince, ...row }) => ({
      ...row,
      monthlyActive: guarded(row.members, monthly),
      yearlyActive: guarded(row.members, yearly),
      healthIndex: guarded(row.members, share(monthly, yearly)),
      coldSince: coldSince?.toISOString() ?? null,
    })),
    cold: cold.map((row) => ({
      slug: row.slug,
      name: row.name,
      coldSince: row.coldSince.toISOString(),
      owners: row.owners,
      causes: coldCauses(row.w2, row.w1, row.w0),
    })),
    interestMembers: guarded(people, totals?.members ?? 0),
    interestActive: guarded(people, totals?.active ?? 0),
    interestShare: guarded(people, share(totals?.active ?? 0, people)),
    trend: trend.map((row) => ({
      weekStart: weekStartOf(window, row.i),
      workActive: guarded(row.people, row.work),
      interestActive: guarded(row.people, row.interest),
    })),
  };
}

/** Why a community is on the cold list, in words an owner can act on. */
export function coldCauses(twoWeeksAgo: number, lastWeek: number, thisWeek: number): string[] {
  const causes = [`Activity went from ${twoWeeksAgo} to ${lastWeek} to ${thisWeek} over the last three weeks.`];
  if (thisWeek === 0) causes.push("Nobody posted, replied, reacted or worked on the focus board in the last 7 days.");
  causes.push("No owner, moderator or leader spoke up while it fell.");
  return causes;
}
