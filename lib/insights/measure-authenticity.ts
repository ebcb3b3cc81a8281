import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { scopeCtes, type InsightsScope } from "@/lib/insights/insights-scope";
import { insightsWindow, share, weeksCte, weekStartOf } from "@/lib/insights/insights-time";
import { computeResponsiveness } from "@/lib/questions/leader-responsiveness";

// A leader's answers and promises are public (on /ask and /actions): shown per leader. Askers never appear,
// and anonymous questions are only ever counted per leader they were asked to, never per asker.

export type LeaderFigures = {
  id: string;
  name: string;
  handle: string;
  medianHours: number | null;
  within48hShare: number | null;
  waiting: number;
  opened: number; // action items assigned in the 12 weeks
  closed: number; // done in the 12 weeks
  overdue: number; // open or in progress, past their due date
};
export type Authenticity = {
  leaders: LeaderFigures[];
  medianHours: number | null;
  within48hShare: number | null;
  waiting: number;
  trend: { weekStart: string; answered: number; medianHours: number | null }[];
};

/** The questions that count for this scope: to or answered by its leaders (all of them for the organisation). */
const questionsSql = (scope: InsightsScope) =>
  Prisma.sql`scoped_questions as (
    select q.* from "Question" q
    where q."hiddenAt" is null and q."withdrawnAt" is null and q."mergedIntoId" is null
      and (${scope.kind === "organisation"}
        or q."targetLeaderId" in (select id from scope where role = 'LEADER')
        or (q."targetLeaderId" is null and q."firstAnswererId" in (select id from scope where role = 'LEADER')))
  )`;

/** Leaders in scope: how fast they answer, what waits, and their action items. Three statements. */
export async function measureAuthenticity(scope: InsightsScope, now = new Date()): Promise<Authenticity> {
  const window = insightsWindow(now);
  const since90 = new Date(now.getTime() - 90 * 86_400_000);
  const [leaders, [overall], trend] = await Promise.all([
    db.$queryRaw<Omit<LeaderFigures, "medianHours" | "within48hShare" | "waiting">[]>`
      with recursive ${scopeCtes(scope)}
      select u.id, u.name, u.handle,
        count(a.id) filter (where a."createdAt" >= ${window.since84})::int as opened,
        count(a.id) filter (where a.status = 'DONE' and a."completedAt" >= ${window.since84})::int as closed,
        count(a.id) filter (where a.status in ('OPEN', 'IN_PROGRESS') and a."dueDate" < ${now})::int as overdue
      from scope s join "User" u on u.id = s.id
      left join "ActionItem" a on a."assignerId" = u.id
      where s.role = 'LEADER'
      group by u.id, u.name, u.handle
      order by u.name`,
    db.$queryRaw<{ medianSeconds: number | null; within: number; counted: number; waiting: number }[]>`
      with recursive ${scopeCtes(scope)}, ${questionsSql(scope)}
      select
        (percentile_cont(0.5) within group (order by extract(epoch from ("firstAnsweredAt" - "createdAt")))
          filter (where "createdAt" >= ${since90} and "firstAnsweredAt" is not null))::float8 as "medianSeconds",
        count(*) filter (where "createdAt" >= ${since90} and "firstAnsweredAt" - "createdAt" <= interval '48 hours')::int as within,
        count(*) filter (where "createdAt" >= ${since90}
          and ("firstAnsweredAt" is not null or "createdAt" <= ${new Date(now.getTime() - 48 * 3_600_000)}))::int as counted,
        count(*) filter (where status = 'OPEN')::int as waiting
      from scoped_questions`,
    db.$queryRaw<{ i: number; answered: number; medianSeconds: number | null }[]>`
      with recursive ${scopeCtes(scope)}, ${questionsSql(scope)}, ${weeksCte(window)}
      select w.i, count(q.id)::int as answered,
        (percentile_cont(0.5) within group (order by extract(epoch from (q."firstAnsweredAt" - q."createdAt"))))::float8 as "medianSeconds"
      from weeks w left join scoped_questions q on q."firstAnsweredAt" >= w.start and q."firstAnsweredAt" < w.stop
      group by w.i order by w.i`,
  ]);
  const responsiveness = new Map(
    (
      await computeResponsiveness(
        db,
        leaders.map((leader) => leader.id),
        now,
      )
    ).map((figures) => [figures.leaderId, figures]),
  );
  const hours = (seconds: number | null) => (seconds === null ? null : Number(seconds) / 3600);
  return {
    leaders: leaders.map((leader) => {
      const figures = responsiveness.get(leader.id);
      return {
        ...leader,
        medianHours: hours(figures?.medianSeconds ?? null),
        within48hShare: figures?.within48hShare ?? null,
        waiting: figures?.openCount ?? 0,
      };
    }),
    medianHours: hours(overall?.medianSeconds ?? null),
    within48hShare: share(overall?.within ?? 0, overall?.counted ?? 0),
    waiting: overall?.waiting ?? 0,
    trend: trend.map((week) => ({
      weekStart: weekStartOf(window, week.i),
      answered: week.answered,
      medianHours: hours(week.medianSeconds),
    })),
  };
}
