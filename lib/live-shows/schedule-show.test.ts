import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { cancelShow, endShow, goLive } from "@/lib/live-shows/change-show-status";
import { scheduleShow } from "@/lib/live-shows/schedule-show";
import { insertShow, showFields } from "@/lib/live-shows/test-fixtures";
import { updateShow } from "@/lib/live-shows/update-show";
import { createUser } from "@/lib/test/factories";

describe("scheduling live shows", () => {
  it("[SHOWS] an employee cannot schedule; a leader and an admin can, hosting themselves or another leader", async () => {
    const { actor: employee } = await createUser();
    const { actor: leader } = await createUser({ role: "LEADER" });
    const { actor: admin } = await createUser({ role: "ADMIN" });
    await expect(scheduleShow(employee, showFields(employee.id))).rejects.toMatchObject({ code: "FORBIDDEN" });

    const own = await scheduleShow(leader, showFields(leader.id));
    const forLeader = await scheduleShow(admin, showFields(leader.id, { title: "Admin booked it" }));
    const rows = await db.liveShow.findMany({
      where: { id: { in: [own.id, forLeader.id] } },
      select: { hostId: true, createdById: true, status: true, slug: true },
    });
    expect(rows).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ hostId: leader.id, createdById: leader.id, status: "SCHEDULED" }),
        expect.objectContaining({ hostId: leader.id, createdById: admin.id }),
      ]),
    );
    expect(own.slug).toMatch(/^friday-fireside-[0-9a-f]{6}$/);
  });

  it("[SHOWS] bad input comes back as field errors that name the field", async () => {
    const { actor: leader } = await createUser({ role: "LEADER" });
    const { user: employee } = await createUser();
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ title: "" }, "title", /title/i],
      [{ title: "x".repeat(121) }, "title", /120/],
      [{ startsAt: "" }, "startsAt", /starts/i],
      [{ startsAt: new Date(Date.now() - 3_600_000).toISOString() }, "startsAt", /future/],
      [{ durationMin: "5" }, "durationMin", /at least 10/],
      [{ durationMin: "abc" }, "durationMin", /minutes/],
      [{ streamUrl: "http://example.com/live" }, "streamUrl", /https/],
      [{ streamUrl: "javascript:alert(1)" }, "streamUrl", /https/],
      [{ hostId: employee.id }, "hostId", /leader or admin/],
    ];
    for (const [override, field, message] of cases) {
      const error = await scheduleShow(leader, showFields(leader.id, override)).catch((caught: unknown) => caught);
      expect(error, JSON.stringify(override)).toMatchObject({ code: "BAD_INPUT" });
      expect((error as { fieldErrors: Record<string, string> }).fieldErrors[field], JSON.stringify(override)).toMatch(
        message,
      );
    }
  });

  it("[SHOWS] only the host's followers (and a host booked by someone else) hear that a show was scheduled", async () => {
    const { actor: admin } = await createUser({ role: "ADMIN" });
    const { user: host } = await createUser({ role: "LEADER" });
    const { user: follower } = await createUser();
    const { user: stranger } = await createUser();
    await db.follow.create({ data: { followerId: follower.id, followeeId: host.id } });
    const show = await scheduleShow(admin, showFields(host.id));
    const notified = await db.notification.findMany({
      where: { liveShowId: show.id, type: "LIVE_SHOW_SCHEDULED" },
      select: { recipientId: true },
    });
    expect(notified.map((row) => row.recipientId).sort()).toEqual([follower.id, host.id].sort());
    expect(notified.some((row) => row.recipientId === stranger.id)).toBe(false);
  });

  it("[SHOWS] the host, the creator and an admin may edit and cancel; another leader and an employee may not", async () => {
    const { user: host, actor: hostActor } = await createUser({ role: "LEADER" });
    const { actor: creator } = await createUser({ role: "ADMIN" });
    const { actor: otherLeader } = await createUser({ role: "LEADER" });
    const { actor: employee } = await createUser();
    const { actor: admin } = await createUser({ role: "ADMIN" });
    const show = await insertShow(host.id, { createdById: creator.id });
    const edit = (actor: typeof admin, title: string) =>
      updateShow(actor, { ...showFields(host.id, { title }), showId: show.id });

    await expect(edit(otherLeader, "Hijacked")).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(edit(employee, "Hijacked")).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(cancelShow(otherLeader, { showId: show.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    for (const [actor, title] of [
      [hostActor, "By host"],
      [creator, "By creator"],
      [admin, "By admin"],
    ] as const) {
      await edit(actor, title);
      expect((await db.liveShow.findUniqueOrThrow({ where: { id: show.id } })).title).toBe(title);
    }
    await cancelShow(admin, { showId: show.id });
    expect((await db.liveShow.findUniqueOrThrow({ where: { id: show.id } })).status).toBe("CANCELLED");
    await expect(goLive(hostActor, { showId: show.id })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("[SHOWS] going live notifies everyone who RSVP'd once, even when pressed twice at once; ending closes it", async () => {
    const { user: host, actor: hostActor } = await createUser({ role: "LEADER" });
    const show = await insertShow(host.id);
    const fans = await Promise.all([createUser(), createUser()]);
    await db.liveShowRsvp.createMany({ data: fans.map(({ user }) => ({ showId: show.id, userId: user.id })) });

    const results = await Promise.allSettled([
      goLive(hostActor, { showId: show.id }),
      goLive(hostActor, { showId: show.id }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const live = await db.liveShow.findUniqueOrThrow({ where: { id: show.id } });
    expect(live.status).toBe("LIVE");
    expect(live.startedAt).not.toBeNull();
    expect(await db.notification.count({ where: { liveShowId: show.id, type: "LIVE_SHOW_STARTED" } })).toBe(2);

    await endShow(hostActor, { showId: show.id });
    const ended = await db.liveShow.findUniqueOrThrow({ where: { id: show.id } });
    expect(ended.status).toBe("ENDED");
    expect(ended.endedAt!.getTime()).toBeGreaterThanOrEqual(ended.startedAt!.getTime());
    await expect(updateShow(hostActor, { ...showFields(host.id), showId: show.id })).rejects.toMatchObject({
      code: "BAD_INPUT",
    });
  });
});
