// No "server-only": the background checks in server.ts (outside Next's bundle) nudge through here too.
import type { Tx } from "@/lib/db/client";
import type { NudgeKind } from "@/lib/generated/prisma/client";
import { createNotifications } from "@/lib/notifications/notify";

export const NUDGE_QUIET_DAYS = 7;

export type NudgeCandidate = {
  recipientId: string;
  kind: NudgeKind;
  subjectKey: string;
  subjectUserId?: string;
  text: string;
  actionLabel: string;
  href: string;
  /** Once per subject ever (a welcome), not once a week. */
  once?: boolean;
};

/** The Monday (UTC) of `at`'s week: the unique key that keeps one nudge per subject per week. */
export function weekOf(at: Date): Date {
  const day = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
  day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
  return day;
}

/**
 * Writes the nudges that are due, inside the caller's transaction: none for a subject nudged in the last 7 days
 * or snoozed, none after "don't remind me" (NudgeStop), a `once` nudge only ever once; the week's unique key
 * holds the rule under races. Each new nudge also arrives as a NUDGE notification unless `notify` is false
 * (the cold-community check keeps its own notification). Returns the recipients to publish to after commit.
 */
export async function createNudges(
  tx: Tx,
  candidates: NudgeCandidate[],
  { now = new Date(), notify = true }: { now?: Date; notify?: boolean } = {},
): Promise<string[]> {
  if (candidates.length === 0) return [];
  const recipientIds = [...new Set(candidates.map((candidate) => candidate.recipientId))];
  const recent = new Date(now.getTime() - NUDGE_QUIET_DAYS * 86_400_000);
  const [earlier, stops] = await Promise.all([
    tx.nudge.findMany({
      where: { recipientId: { in: recipientIds } },
      select: { recipientId: true, kind: true, subjectKey: true, createdAt: true, snoozedUntil: true },
    }),
    tx.nudgeStop.findMany({ where: { recipientId: { in: recipientIds } } }),
  ]);
  const keyOf = (row: { recipientId: string; kind: NudgeKind; subjectKey: string }) =>
    `${row.recipientId}:${row.kind}:${row.subjectKey}`;
  const stopped = new Set(stops.map(keyOf));
  const ever = new Set(earlier.map(keyOf));
  const quiet = new Set(
    earlier.filter((row) => row.createdAt > recent || (row.snoozedUntil && row.snoozedUntil > now)).map(keyOf),
  );
  const due = candidates.filter((candidate) => {
    const key = keyOf(candidate);
    return !stopped.has(key) && !quiet.has(key) && !(candidate.once && ever.has(key));
  });
  if (due.length === 0) return [];
  const week = weekOf(now);
  const created = await tx.nudge.createManyAndReturn({
    data: due.map(({ once: _once, ...candidate }) => ({ ...candidate, week, createdAt: now })),
    skipDuplicates: true,
    select: { id: true, recipientId: true, text: true },
  });
  if (!notify) return [];
  return createNotifications(
    tx,
    created.map((nudge) => ({
      recipientId: nudge.recipientId,
      type: "NUDGE" as const,
      actorId: null,
      nudgeId: nudge.id,
      detail: nudge.text,
      groupKey: `nudge:${nudge.id}`,
    })),
    now,
  );
}
