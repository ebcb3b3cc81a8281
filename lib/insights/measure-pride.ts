import "server-only";
import { db } from "@/lib/db";
import { recognitionSql } from "@/lib/insights/recognition";
import { Prisma } from "@/lib/generated/prisma/client";
import { scopeCtes, type InsightsScope } from "@/lib/insights/insights-scope";
import { guarded, insightsWindow, share, weeksCte, weekStartOf } from "@/lib/insights/insights-time";

export type PrideGroup = { name: string; people: number; coverage30: number | null };
export type Pride = {
  people: number;
  recognised7: number | null;
  recognised30: number | null;
  coverage7: number | null;
  coverage30: number | null;
  byDepartment: PrideGroup[];
  byLocation: PrideGroup[];
  byRole: PrideGroup[];
  trend: { weekStart: string; recognised: number | null; coverage: number | null }[];
};

type Row = {
  dimension: "all" | "department" | "location" | "role";
  name: string | null;
  people: number;
  recognised7: number;
  recognised30: number;
};

/**
 * Recognition: credited in a shown moment of pride, thanked by a leader (appreciation on a post, comment or
 * live comment), or winning a challenge. (uid, at) for people in scope since `since`.
 */
const recognisedSelect = (since: Date) => Prisma.sql`
  select uid, at from (${recognitionSql}) recognition
  where uid in (select id from scope) and at >= ${since}`;

/** Who is recognised, by department, location and role, and how that moved over 12 weeks. Two statements. */
export async function measurePride(scope: InsightsScope, now = new Date()): Promise<Pride> {
  const window = insightsWindow(now);
  const [rows, trend] = await Promise.all([
    db.$queryRaw<Row[]>`
      with recursive ${scopeCtes(scope)}, recognised as (${recognisedSelect(window.since84)}),
      person as (
        select s.id, coalesce(d.name, 'No department') as department,
          coalesce(nullif(s.location, ''), 'No location') as location, initcap(s.role::text) as role,
          exists (select 1 from recognised r where r.uid = s.id and r.at >= ${window.since7}) as r7,
          exists (select 1 from recognised r where r.uid = s.id and r.at >= ${window.since30}) as r30
        from scope s left join "Department" d on d.id = s."departmentId"
      )
      select case when grouping(department) = 0 then 'department' when grouping(location) = 0 then 'location'
          when grouping(role) = 0 then 'role' else 'all' end as dimension,
        coalesce(department, location, role) as name, count(*)::int as people,
        count(*) filter (where r7)::int as "recognised7", count(*) filter (where r30)::int as "recognised30"
      from person group by grouping sets ((), (department), (location), (role))
      order by dimension, name`,
    db.$queryRaw<{ i: number; people: number; recognised: number }[]>`
      with recursive ${scopeCtes(scope)}, recognised as (${recognisedSelect(window.since84)}), ${weeksCte(window)}
      select w.i, (select count(*) from scope)::int as people,
        (select count(distinct r.uid) from recognised r where r.at >= w.start and r.at < w.stop)::int as recognised
      from weeks w order by w.i`,
  ]);
  const all = rows.find((row) => row.dimension === "all");
  const people = all?.people ?? 0;
  const groups = (dimension: Row["dimension"]) =>
    rows
      .filter((row) => row.dimension === dimension)
      .map((row) => ({
        name: row.name ?? "",
        people: row.people,
        coverage30: guarded(row.people, share(row.recognised30, row.people)),
      }));
  return {
    people,
    recognised7: guarded(people, all?.recognised7 ?? 0),
    recognised30: guarded(people, all?.recognised30 ?? 0),
    coverage7: guarded(people, share(all?.recognised7 ?? 0, people)),
    coverage30: guarded(people, share(all?.recognised30 ?? 0, people)),
    byDepartment: groups("department"),
    byLocation: groups("location"),
    byRole: groups("role"),
    trend: trend.map((week) => ({
      weekStart: weekStartOf(window, week.i),
      recognised: guarded(week.people, week.recognised),
      coverage: guarded(week.people, share(week.recognised, week.people)),
    })),
  };
}
