import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { scopeCtes, type InsightsScope } from "@/lib/insights/insights-scope";
import { guarded, insightsWindow, share, weeksCte, weekStartOf } from "@/lib/insights/insights-time";

export type AdoptionGroup = {
  name: string;
  people: number;
  monthlyActive: number | null;
  interactiveShare: number | null;
};
export type Adoption = {
  people: number;
  activated: number | null;
  daily: number | null;
  weekly: number | null;
  monthly: number | null;
  interactive: number | null; // active in the last 30 days and posted, commented or reacted in them
  interactiveShare: number | null;
  byDepartment: AdoptionGroup[];
  byLocation: AdoptionGroup[];
  trend: { weekStart: string; active: number | null; interactive: number | null; interactiveShare: number | null }[];
};

type Row = {
  dimension: "all" | "department" | "location";
  name: string | null;
  people: number;
  activated: number;
  daily: number;
  weekly: number;
  monthly: number;
  interactive: number;
};

/** Posts, comments and reactions by people in scope since `since`: (uid, at). */
const interactionsSql = (since: Date) => Prisma.sql`interactions as (
    select p."authorId" as uid, p."createdAt" as at from "Post" p
      where p."createdAt" >= ${since} and p."deletedAt" is null and p."authorId" in (select id from scope)
    union all
    select c."authorId", c."createdAt" from "Comment" c
      where c."createdAt" >= ${since} and c."deletedAt" is null and c."authorId" in (select id from scope)
    union all
    select r."userId", r."createdAt" from "Reaction" r
      where r."createdAt" >= ${since} and r."userId" in (select id from scope)
  )`;

/** Adoption of the people in scope: two statements (figures by group, and the 12-week trend). */
export async function measureAdoption(scope: InsightsScope, now = new Date()): Promise<Adoption> {
  const window = insightsWindow(now);
  const today = Prisma.sql`${window.today}::date`;
  const [rows, trend] = await Promise.all([
    db.$queryRaw<Row[]>`
      with recursive ${scopeCtes(scope)}, ${interactionsSql(window.since30)},
      person as (
        select s.id, coalesce(d.name, 'No department') as department, coalesce(nullif(s.location, ''), 'No location') as location,
          exists (select 1 from "UserActivityDay" a where a."userId" = s.id) as activated,
          exists (select 1 from "UserActivityDay" a where a."userId" = s.id and a.day = ${today}) as daily,
          exists (select 1 from "UserActivityDay" a where a."userId" = s.id and a.day > ${today} - 7) as weekly,
          exists (select 1 from "UserActivityDay" a where a."userId" = s.id and a.day > ${today} - 30) as monthly,
          exists (select 1 from interactions i where i.uid = s.id) as interacted
        from scope s left join "Department" d on d.id = s."departmentId"
      )
      select case when grouping(department) = 0 then 'department' when grouping(location) = 0 then 'location' else 'all' end as dimension,
        coalesce(department, location) as name,
        count(*)::int as people,
        count(*) filter (where activated)::int as activated,
        count(*) filter (where daily)::int as daily,
        count(*) filter (where weekly)::int as weekly,
        count(*) filter (where monthly)::int as monthly,
        count(*) filter (where monthly and interacted)::int as interactive
      from person
      group by grouping sets ((), (department), (location))
      order by dimension, name`,
    db.$queryRaw<{ i: number; active: number; interactive: number; people: number }[]>`
      with recursive ${scopeCtes(scope)}, ${interactionsSql(window.since84)}, ${weeksCte(window)}
      select w.i,
        (select count(*) from scope)::int as people,
        (select count(distinct a."userId") from "UserActivityDay" a join scope s on s.id = a."userId"
          where a.day >= w.start::date and a.day < w.stop::date)::int as active,
        (select count(distinct x.uid) from interactions x
          where x.at >= w.start and x.at < w.stop and exists (select 1 from "UserActivityDay" a
            where a."userId" = x.uid and a.day >= w.start::date and a.day < w.stop::date))::int as interactive
      from weeks w order by w.i`,
  ]);
  const all = rows.find((row) => row.dimension === "all");
  const people = all?.people ?? 0;
  const group = (row: Row): AdoptionGroup => ({
    name: row.name ?? "",
    people: row.people,
    monthlyActive: guarded(row.people, row.monthly),
    interactiveShare: guarded(row.people, share(row.interactive, row.monthly)),
  });
  return {
    people,
    activated: guarded(people, all?.activated ?? 0),
    daily: guarded(people, all?.daily ?? 0),
    weekly: guarded(people, all?.weekly ?? 0),
    monthly: guarded(people, all?.monthly ?? 0),
    interactive: guarded(people, all?.interactive ?? 0),
    interactiveShare: guarded(people, share(all?.interactive ?? 0, all?.monthly ?? 0)),
    byDepartment: rows.filter((row) => row.dimension === "department").map(group),
    byLocation: rows.filter((row) => row.dimension === "location").map(group),
    trend: trend.map((week) => ({
      weekStart: weekStartOf(window, week.i),
      active: guarded(week.people, week.active),
      interactive: guarded(week.people, week.interactive),
      interactiveShare: guarded(week.people, share(week.interactive, week.active)),
    })),
  };
}
