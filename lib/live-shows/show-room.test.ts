import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { enterShow, leaveShow, viewersOf } from "@/lib/live-shows/presence";
import { recordAttendance, roomForShow } from "@/lib/live-shows/show-room";
import { insertShow } from "@/lib/live-shows/test-fixtures";
import { createUser } from "@/lib/test/factories";

describe("a show's socket room", () => {
  it("[SHOWS] any active user may join an existing show's room; unknown shows, bad ids and deactivated users may not", async () => {
    const { user: host } = await createUser({ role: "LEADER" });
    const { user: viewer } = await createUser();
    const { user: gone } = await createUser({ deactivatedAt: new Date() });
    const show = await insertShow(host.id);
    expect(await roomForShow(db, viewer.id, show.id)).toBe(`show:${show.id}`);
    expect(await roomForShow(db, viewer.id, "missing")).toBeNull();
    expect(await roomForShow(db, viewer.id, { id: show.id })).toBeNull();
    expect(await roomForShow(db, gone.id, show.id)).toBeNull();
  });

  it("[SHOWS] viewers are distinct people (two tabs count once); attendance and peak are recorded only while LIVE", async () => {
    const { user: host } = await createUser({ role: "LEADER" });
    const [a, b] = [(await createUser()).user, (await createUser()).user];
    const show = await insertShow(host.id);
    expect(enterShow(show.id, a.id)).toBe(true);
    expect(enterShow(show.id, a.id)).toBe(false); // a second tab
    expect(enterShow(show.id, b.id)).toBe(true);
    expect(viewersOf(show.id)).toHaveLength(2);

    await recordAttendance(db, show.id);
    expect(await db.liveAttendance.count({ where: { showId: show.id } })).toBe(0);

    await db.liveShow.update({ where: { id: show.id }, data: { status: "LIVE" } });
    const first = new Date(Date.now() - 60_000);
    await recordAttendance(db, show.id, first);
    expect(leaveShow(show.id, b.id)).toBe(true);
    await recordAttendance(db, show.id);
    const rows = await db.liveAttendance.findMany({ where: { showId: show.id }, orderBy: { userId: "asc" } });
    expect(rows).toHaveLength(2);
    const rowA = rows.find((row) => row.userId === a.id)!;
    expect(rowA.firstSeenAt).toEqual(first);
    expect(rowA.lastSeenAt.getTime()).toBeGreaterThan(first.getTime());
    expect((await db.liveShow.findUniqueOrThrow({ where: { id: show.id } })).peakViewers).toBe(2);

    expect(leaveShow(show.id, a.id)).toBe(false); // one tab still open
    expect(leaveShow(show.id, a.id)).toBe(true);
    expect(viewersOf(show.id)).toHaveLength(0);
  });
});
