import "server-only";
// Runs in server.ts's process (loaded after its server-only hook); the database client is passed in.
import type { Db } from "@/lib/db/client";
import { defineJob } from "@/lib/jobs/jobs";
import { publishNotifications } from "@/lib/notifications/notify";
import { createNudges } from "@/lib/nudges/create-nudges";
import { findNudgeCandidates } from "@/lib/nudges/find-nudge-candidates";

/**
 * Finds who should be nudged and nudges them (lib/nudges/create-nudges.ts keeps it to once a week per subject):
 * - a manager whose report has not been recognised in 90 days (credited in a moment of pride, thanked by a leader
 *   or winning a challenge: the same recognition /insights counts), with a one-click thank-you;
 * - a manager whose report joined in the last 7 days, to welcome them in the feed;
 * - a leader with questions to them waiting more than 48 hours without an answer.
 * (Community owners are nudged by lib/health/check-cold-communities.ts, overdue action items by remind-overdue.)
 */
export async function generateNudges(db: Db, now = new Date()): Promise<{ nudged: number }> {
  const candidates = await findNudgeCandidates(db, now);
  const recipients = await db.$transaction((tx) => createNudges(tx, candidates, { now }));
  publishNotifications(recipients);
  return { nudged: recipients.length };
}

/** Every hour, once across the cluster (lib/jobs). */
export const nudgeJob = defineJob("nudges.generate", (_, { db }) => generateNudges(db), { everySeconds: 3600 });
