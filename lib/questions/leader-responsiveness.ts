import "server-only";
import type { Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

export const RESPONSIVENESS_WINDOW_DAYS = 90;
const HOUR = 3_600_000;

export type ResponsivenessFigures = {
  leaderId: string;
  /** Questions of theirs asked within the window (see below). */
  questionCount: number;
  answeredCount: number;
  /** Median time from asking to the first answer, over answered questions in the window; null if none. */
  medianSeconds: number | null;
  /** Answered within 48 h, out of `countedFor48h` (answered, or unanswered and older than 48 h). */
  answeredWithin48h: number;
  countedFor48h: number;
  /** answeredWithin48h / countedFor48h, or null when nothing counts yet. */
  within48hShare: number | null;
  /** Their open questions, however old. */
  openCount: number;
};

type Row = Omit<ResponsivenessFigures, "within48hShare" | "medianSeconds"> & { medianSeconds: number | null };

// Timestamps are stored as UTC without a zone; compare like with like.

/**
 * How quickly each leader answers, computed in one SQL query.
 *
 * A leader's questions are the questions asked to them by name (targetLeaderId, which follows a hand-over),
 * plus the leadership-wide questions they answered first (firstAnswererId). Hidden, withdrawn and merged
 * questions do not count. A question is answered at its first answer, by whoever gave it.
 * - median: over their answered questions asked in the last 90 days, of (first answer − asked);
 * - share within 48 h: of their questions asked in the last 90 days that are answered or are more than
 *   48 h old (a question asked an hour ago cannot have missed the mark yet), the part first answered
 *   within 48 h of being asked;
 * - open: their questions with status OPEN, however old.
 * Both branches read through indexes ((targetLeaderId, status, createdAt) and (firstAnswererId,
 * firstAnsweredAt)), and only the window's rows plus open ones are aggregated, so the cost follows the
 * leaders' recent questions, not the size of the table.
 */
export async function computeResponsiveness(
  client: Tx,
  leaderIds: string[],
  now: Date = new Date(),
): Promise<ResponsivenessFigures[]> {
  if (leaderIds.length === 0) return [];
  const since = new Date(now.getTime() - RESPONSIVENESS_WINDOW_DAYS * 24 * HOUR);
  const cutoff48h = new Date(now.getTime() - 48 * HOUR);
  const counted = Prisma.sql`q."hiddenAt" is null and q."withdrawnAt" is null and q."mergedIntoId" is null
    and (q."createdAt" >= ${since} or q.status = 'OPEN')`;
  const rows = await client.$queryRaw<Row[]>`
    with mine as (
      select q."targetLeaderId" as "leaderId", q."createdAt", q."firstAnsweredAt", q.status
      from "Question" q
      where q."targetLeaderId" = any(${leaderIds}::text[]) and ${counted}
      union all
      select q."firstAnswererId" as "leaderId", q."createdAt", q."firstAnsweredAt", q.status
      from "Question" q
      where q."firstAnswererId" = any(${leaderIds}::text[]) and q."targetLeaderId" is null and ${counted}
    )
    select "leaderId",
           count(*) filter (where "createdAt" >= ${since})::int as "questionCount",
           count(*) filter (where "createdAt" >= ${since} and "firstAnsweredAt" is not null)::int as "answeredCount",
           (percentile_cont(0.5) within group (order by extract(epoch from ("firstAnsweredAt" - "createdAt")))
              filter (where "createdAt" >= ${since} and "firstAnsweredAt" is not null))::float8 as "medianSeconds",
           count(*) filter (where "createdAt" >= ${since} and "firstAnsweredAt" - "createdAt" <= interval '48 hours')::int as "answeredWithin48h",
           count(*) filter (where "createdAt" >= ${since} and ("firstAnsweredAt" is not null or "createdAt" <= ${cutoff48h}))::int as "countedFor48h",
           count(*) filter (where status = 'OPEN')::int as "openCount"
    from mine
    group by "leaderId"`;
  const byLeader = new Map(rows.map((row) => [row.leaderId, row]));
  return leaderIds.map((leaderId) => {
    const row = byLeader.get(leaderId);
    if (!row)
      return {
        leaderId,
        questionCount: 0,
        answeredCount: 0,
        medianSeconds: null,
        answeredWithin48h: 0,
        countedFor48h: 0,
        within48hShare: null,
        openCount: 0,
      };
    return {
      ...row,
      medianSeconds: row.medianSeconds === null ? null : Number(row.medianSeconds),
      within48hShare: row.countedFor48h > 0 ? row.answeredWithin48h / row.countedFor48h : null,
    };
  });
}
