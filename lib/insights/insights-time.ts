import { Prisma } from "@/lib/generated/prisma/client";

// Insights count in UTC days. The 12 trend weeks are whole days: the last one ends with today (UTC).
export const TREND_WEEKS = 12;
export const MIN_GROUP = 5; // no figure for a group smaller than this

const DAY_MS = 86_400_000;

export type InsightsWindow = {
  now: Date;
  today: string; // YYYY-MM-DD (UTC)
  trendStart: string; // the first day of the 12 weeks
  since7: Date; // the last 7 days, today included
  since30: Date;
  since84: Date; // the 12 weeks
};

const dayOf = (date: Date) => date.toISOString().slice(0, 10);

export function insightsWindow(now = new Date()): InsightsWindow {
  const midnight = new Date(`${dayOf(now)}T00:00:00Z`);
  const back = (days: number) => new Date(midnight.getTime() - (days - 1) * DAY_MS);
  return {
    now,
    today: dayOf(now),
    trendStart: dayOf(back(TREND_WEEKS * 7)),
    since7: back(7),
    since30: back(30),
    since84: back(TREND_WEEKS * 7),
  };
}

/** `weeks(i, start, stop)`: the 12 trend weeks as timestamps, oldest first (i = 0). */
export const weeksCte = (window: InsightsWindow) =>
  Prisma.sql`weeks as (
    select i, (${window.trendStart}::date + 7 * i)::timestamptz as start, (${window.trendStart}::date + 7 * (i + 1))::timestamptz as stop
    from generate_series(0, ${TREND_WEEKS - 1}) as i
  )`;

/** A figure only for groups of at least five people. */
export const guarded = <T>(people: number, value: T): T | null => (people >= MIN_GROUP ? value : null);

export const share = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

export const weekStartOf = (window: InsightsWindow, index: number) =>
  dayOf(new Date(new Date(`${window.trendStart}T00:00:00Z`).getTime() + index * 7 * DAY_MS));
