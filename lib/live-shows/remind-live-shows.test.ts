import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { remindLiveShows } from "@/lib/live-shows/remind-live-shows";
import { insertShow, showFields } from "@/lib/live-shows/test-fixtures";
import { updateShow } from "@/lib/live-shows/update-show";
import { createUser } from "@/lib/test/factories";

const MINUTE = 60_000;
const reminders = (showId: string) =>
  db.notification.findMany({
    where: { liveShowId: showId, type: "LIVE_SHOW_REMINDER" },
    select: { recipientId: true, actorId: true },
  });

describe("remindLiveShows", () => {
  it("[SHOWS] RACE: two parallel ticks remind everyone who RSVP'd exactly once, ~15 minutes before the start", async () => {
    const { user: host } = await createUser({ role: "LEADER" });
    const now = new Date();
    const soon = await insertShow(host.id, { startsAt: new Date(now.getTime() + 14 * MINUTE) });
    const later = await insertShow(host.id, { startsAt: new Date(now.getTime() + 40 * MINUTE) });
    const started = await insertShow(host.id, { startsAt: new Date(now.getTime() + 5 * MINUTE), status: "LIVE" });
    const fans = await Promise.all(Array.from({ length: 3 }, () => createUser()));
    for (const show of [soon, later, started])
      await db.liveShowRsvp.createMany({ data: fans.map(({ user }) => ({ showId: show.id, userId: user.id })) });

    await Promise.all([remindLiveShows(db, now), remindLiveShows(db, now)]);
    await remindLiveShows(db, new Date(now.getTime() + MINUTE)); // a later tick finds nothing new

    const sent = await reminders(soon.id);
    expect(sent.map((row) => row.recipientId).sort()).toEqual(fans.map(({ user }) => user.id).sort());
    expect(sent.every((row) => row.actorId === null)).toBe(true);
    expect((await db.liveShow.findUniqueOrThrow({ where: { id: soon.id } })).reminderSentAt).not.toBeNull();
    expect(await reminders(later.id)).toHaveLength(0);
    expect(await reminders(started.id)).toHaveLength(0);

    // Its own window comes later.
    await remindLiveShows(db, new Date(now.getTime() + 26 * MINUTE));
    expect(await reminders(later.id)).toHaveLength(3);
  });

  it("[SHOWS] a show moved to a new start is reminded again before the new start", async () => {
    const { user: host, actor } = await createUser({ role: "LEADER" });
    const { user: fan } = await createUser();
    const show = await insertShow(host.id, { startsAt: new Date(Date.now() + 10 * MINUTE) });
    await db.liveShowRsvp.create({ data: { showId: show.id, userId: fan.id } });
    await remindLiveShows(db);
    const moved = new Date(Date.now() + 2 * 60 * MINUTE);
    await updateShow(actor, { ...showFields(host.id, { startsAt: moved.toISOString() }), showId: show.id });
    expect((await db.liveShow.findUniqueOrThrow({ where: { id: show.id } })).reminderSentAt).toBeNull();
    await remindLiveShows(db, new Date(moved.getTime() - 10 * MINUTE));
    expect(await reminders(show.id)).toHaveLength(2);
  });
});
