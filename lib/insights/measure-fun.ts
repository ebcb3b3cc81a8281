import "server-only";
import { db } from "@/lib/db";
import { scopeCtes, type InsightsScope } from "@/lib/insights/insights-scope";
import { guarded, insightsWindow, share, weeksCte, weekStartOf } from "@/lib/insights/insights-time";

export type ShowFigures = {
  slug: string;
  title: string;
  startsAt: string;
  rsvps: number | null;
  attendees: number | null;
  commenters: number | null;
  comments: number | null;
};
export type Fun = {
  people: number;
  challengeEntrants: number | null;
  challengeVoters: number | null;
  liveAttendees: number | null;
  liveCommenters: number | null;
  liveComments: number | null;
  participants: number | null; // entered, voted, attended or commented in the 12 weeks
  participation: number | null;
  shows: ShowFigures[];
  trend: { weekStart: string; challengers: number | null; viewers: number | null }[];
};

/** Challenges and live shows over the 12 weeks, by the people in scope. Three statements. */
export async function measureFun(scope: InsightsScope, now = new Date()): Promise<Fun> {
  const window = insightsWindow(now);
  const since = window.since84;
  const [[totals], shows, trend] = await Promise.all([
    db.$queryRaw<
      {
        people: number;
        entrants: number;
        voters: number;
        attendees: number;
        commenters: number;
        comments: number;
        participants: number;
      }[]
    >`
      with recursive ${scopeCtes(scope)},
      entered as (select "authorId" as uid from "ChallengeEntry" where "createdAt" >= ${since} and "authorId" in (select id from scope)),
      voted as (select "userId" as uid from "ChallengeVote" where "createdAt" >= ${since} and "userId" in (select id from scope)),
      attended as (select "userId" as uid from "LiveAttendance" where "firstSeenAt" >= ${since} and "userId" in (select id from scope)),
      commented as (select "authorId" as uid from "LiveComment" where "createdAt" >= ${since} and "removedAt" is null and "authorId" in (select id from scope))
      select (select count(*) from scope)::int as people,
        (select count(distinct uid) from entered)::int as entrants,
        (select count(distinct uid) from voted)::int as voters,
        (select count(distinct uid) from attended)::int as attendees,
        (select count(distinct uid) from commented)::int as commenters,
        (select count(*) from commented)::int as comments,
        (select count(distinct uid) from (select uid from entered union select uid from voted
          union select uid from attended union select uid from commented) anyone)::int as participants`,
    db.$queryRaw<(Omit<ShowFigures, "startsAt"> & { startsAt: Date })[]>`
      with recursive ${scopeCtes(scope)}
      select s.slug, s.title, s."startsAt",
        (select count(*) from "LiveShowRsvp" r where r."showId" = s.id and r."userId" in (select id from scope))::int as rsvps,
        (select count(*) from "LiveAttendance" a where a."showId" = s.id and a."userId" in (select id from scope))::int as attendees,
        (select count(distinct c."authorId") from "LiveComment" c
          where c."showId" = s.id and c."removedAt" is null and c."authorId" in (select id from scope))::int as commenters,
        (select count(*) from "LiveComment" c
          where c."showId" = s.id and c."removedAt" is null and c."authorId" in (select id from scope))::int as comments
      from "LiveShow" s
      where s.status in ('LIVE', 'ENDED') and s."startsAt" >= ${since} and s."startsAt" < ${now}
      order by s."startsAt" desc limit 12`,
    db.$queryRaw<{ i: number; people: number; challengers: number; viewers: number }[]>`
      with recursive ${scopeCtes(scope)}, ${weeksCte(window)}
      select w.i, (select count(*) from scope)::int as people,
        (select count(distinct uid) from (
          select "authorId" as uid from "ChallengeEntry" where "createdAt" >= w.start and "createdAt" < w.stop
          union select "userId" from "ChallengeVote" where "createdAt" >= w.start and "createdAt" < w.stop
        ) x where uid in (select id from scope))::int as challengers,
        (select count(distinct uid) from (
          select "userId" as uid from "LiveAttendance" where "firstSeenAt" >= w.start and "firstSeenAt" < w.stop
          union select "authorId" from "LiveComment" where "createdAt" >= w.start and "createdAt" < w.stop
        ) x where uid in (select id from scope))::int as viewers
      from weeks w order by w.i`,
  ]);
  const people = totals?.people ?? 0;
  const g = (value: number | null | undefined) => guarded(people, value ?? 0);
  return {
    people,
    challengeEntrants: g(totals?.entrants),
    challengeVoters: g(totals?.voters),
    liveAttendees: g(totals?.attendees),
    liveCommenters: g(totals?.commenters),
    liveComments: g(totals?.comments),
    participants: g(totals?.participants),
    participation: guarded(people, share(totals?.participants ?? 0, people)),
    shows: shows.map((show) => ({
      slug: show.slug,
      title: show.title,
      startsAt: show.startsAt.toISOString(),
      rsvps: g(show.rsvps),
      attendees: g(show.attendees),
      commenters: g(show.commenters),
      comments: g(show.comments),
    })),
    trend: trend.map((row) => ({
      weekStart: weekStartOf(window, row.i),
      challengers: guarded(row.people, row.challengers),
      viewers: guarded(row.people, row.viewers),
    })),
  };
}
