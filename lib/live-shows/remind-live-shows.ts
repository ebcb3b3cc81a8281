import "server-only";
// Runs in server.ts's process (loaded after its server-only hook); the database client is passed in.
import type { Db } from "@/lib/db/client";
import { showGroupKey } from "@/lib/live-shows/show-notifications";
import { createNotifications, publishNotifications } from "@/lib/notifications/notify";
import { defineJob } from "@/lib/jobs/jobs";

export const REMIND_BEFORE_MS = 15 * 60_000;

/**
 * Reminds everyone who RSVP'd, about 15 minutes before a scheduled show starts, once. Claiming (setting
 * reminderSentAt) and notifying happen in one transaction, and the claim skips rows another process
 * holds, so two overlapping ticks or two servers never remind twice. A show that is moved gets its
 * claim cleared (lib/live-shows/update-show.ts) and is reminded again before its new start.
 */
export async function remindLiveShows(db: Db, now = new Date()): Promise<{ shows: number; recipients: number }> {
  const { showIds, recipients } = await db.$transaction(async (tx) => {
    const claimed = await tx.$queryRaw<{ id: string }[]>`
      update "LiveShow" set "reminderSentAt" = ${now}
      where id in (
        select id from "LiveShow"
        where status = 'SCHEDULED' and "reminderSentAt" is null
          and "startsAt" > ${now} and "startsAt" <= ${new Date(now.getTime() + REMIND_BEFORE_MS)}
        order by "startsAt", id
        for update skip locked
      )
      returning id`;
    const showIds = claimed.map((row) => row.id);
    if (showIds.length === 0) return { showIds, recipients: [] as string[] };
    const rsvps = await tx.liveShowRsvp.findMany({
      where: { showId: { in: showIds }, user: { deactivatedAt: null } },
      select: { showId: true, userId: true },
    });
    const recipients: string[] = [];
    for (const showId of showIds) {
      const rows = rsvps.filter((rsvp) => rsvp.showId === showId);
      recipients.push(
        ...(await createNotifications(
          tx,
          rows.map((rsvp) => ({
            recipientId: rsvp.userId,
            type: "LIVE_SHOW_REMINDER" as const,
            actorId: null,
            liveShowId: showId,
            groupKey: showGroupKey.reminder(showId),
          })),
        )),
      );
    }
    return { showIds, recipients };
  });
  publishNotifications([...new Set(recipients)]);
  return { shows: showIds.length, recipients: recipients.length };
}

/** Every minute, once across the cluster (lib/jobs): a reminder goes out between 15 and 14 minutes before the start. */
export const liveShowRemindersJob = defineJob("live-shows.remind", (_, { db }) => remindLiveShows(db), {
  everySeconds: 60,
});
