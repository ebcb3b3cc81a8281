import { formatDistance } from "@/lib/format/dates";

export type AmaPhase = "upcoming" | "open" | "ended";

/** Where an AMA stands at `now`: questions are collected from startsAt (inclusive) until endsAt (exclusive). */
export function amaPhase(
  session: { startsAt: Date | string; endsAt: Date | string },
  now: Date = new Date(),
): AmaPhase {
  const at = now.getTime();
  if (at < new Date(session.startsAt).getTime()) return "upcoming";
  if (at >= new Date(session.endsAt).getTime()) return "ended";
  return "open";
}

/**
 * The sentence someone sees when they try to ask outside the window, or null while it is open.
 * Relative ("in 2 days"), so it reads right in every time zone.
 */
export function amaClosedMessage(
  session: { startsAt: Date | string; endsAt: Date | string },
  now: Date = new Date(),
): string | null {
  const phase = amaPhase(session, now);
  if (phase === "upcoming") {
    return `This AMA has not started yet: it opens for questions in ${formatDistance(new Date(session.startsAt), now)}.`;
  }
  if (phase === "ended") {
    const ago = now.getTime() - new Date(session.endsAt).getTime();
    const ended =
      ago < 60_000 ? "This AMA has just ended" : `This AMA ended ${formatDistance(new Date(session.endsAt), now)} ago`;
    return `${ended} and no longer takes questions. You can still ask leadership on the Ask leadership page.`;
  }
  return null;
}
