import "server-only";
// Which communities are going cold, for all of them in one statement (the hourly check). The rule is
// detectGoingCold's (lib/health/community-activity.ts) over the last three of measureCommunityHealth's rolling weeks:
// activity (posts, comments, focus-board items, votes, answers and acceptances) fell two weeks running, and in those
// two weeks nobody tending the place (an owner or moderator of the community, a leader; every acceptance) spoke.
// lib/health/going-cold.test.ts holds this statement and the per-community measurement together on fixed data.
import type { Db } from "@/lib/db/client";
import { MODERATING_ROLES } from "@/lib/communities/community-roles";

export type ColdState = { id: string; coldSince: Date | null; goingCold: boolean };

const WEEK_SECONDS = 7 * 86_400;

/** The first `limit` unarchived communities by id, each with whether it is going cold at `now`. */
export async function findGoingCold(db: Db, now: Date, limit: number): Promise<ColdState[]> {
  // The three weeks ending at `now`; week 0 is the oldest. Same boundaries as the health chart's weeks 5–7.
  const since = new Date(now.getTime() - 3 * WEEK_SECONDS * 1000);
  const rows = await db.$queryRawUnsafe<
    { id: string; coldSince: Date | null; a0: number; a1: number; a2: number; v1: number; v2: number }[]
  >(
    `with community as (
       select id, "coldSince" from "Community" where "archivedAt" is null order by id limit $3
     ),
     act as (
       -- who did something, when, in which community; "who" is null for an acceptance (always a steward's act)
       select p."communityId" as cid, p."createdAt" as at, p."authorId" as who
         from "Post" p join community c on c.id = p."communityId"
        where p."createdAt" >= $1 and p."createdAt" < $2
          and p."deletedAt" is null and p."removedAt" is null and p."hiddenAt" is null
       union all
       select p."communityId", m."createdAt", m."authorId"
         from "Comment" m join "Post" p on p.id = m."postId" join community c on c.id = p."communityId"
        where m."createdAt" >= $1 and m."createdAt" < $2
          and m."deletedAt" is null and m."removedAt" is null and m."hiddenAt" is null
          and p."deletedAt" is null and p."removedAt" is null and p."hiddenAt" is null
       union all
       select i."communityId", i."createdAt", i."authorId"
         from "FocusItem" i join community c on c.id = i."communityId"
        where i."removedAt" is null and i."createdAt" >= $1 and i."createdAt" < $2
       union all
       select i."communityId", v."createdAt", v."userId"
         from "FocusVote" v join "FocusItem" i on i.id = v."itemId" join community c on c.id = i."communityId"
        where i."removedAt" is null and v."createdAt" >= $1 and v."createdAt" < $2
       union all
       select i."communityId", a."createdAt", a."authorId"
         from "FocusAnswer" a join "FocusItem" i on i.id = a."itemId" join community c on c.id = i."communityId"
        where i."removedAt" is null and a."removedAt" is null and a."createdAt" >= $1 and a."createdAt" < $2
       union all
       select i."communityId", i."acceptedAt", null
         from "FocusItem" i join community c on c.id = i."communityId"
        where i."removedAt" is null and i."acceptedAt" >= $1 and i."acceptedAt" < $2
     ),
     weekly as (
       select act.cid,
              floor(extract(epoch from act.at - $1::timestamptz) / ${WEEK_SECONDS})::int as week,
              (act.who is null or u.role = 'LEADER' or s."userId" is not null) as voice
         from act
         left join "User" u on u.id = act.who
         left join "CommunityMember" s
           on s."communityId" = act.cid and s."userId" = act.who and s.role in (${MODERATING_ROLES.map((role) => `'${role}'`).join(", ")})
     )
     select c.id, c."coldSince",
            count(w.cid) filter (where w.week = 0)::int as a0,
            count(w.cid) filter (where w.week = 1)::int as a1,
            count(w.cid) filter (where w.week = 2)::int as a2,
            count(w.cid) filter (where w.week = 1 and w.voice)::int as v1,
            count(w.cid) filter (where w.week = 2 and w.voice)::int as v2
       from community c left join weekly w on w.cid = c.id
      group by c.id, c."coldSince"
      order by c.id`,
    since,
    now,
    limit,
  );
  return rows.map((row) => ({
    id: row.id,
    coldSince: row.coldSince,
    goingCold: row.a0 > row.a1 && row.a1 > row.a2 && row.v1 === 0 && row.v2 === 0,
  }));
}
