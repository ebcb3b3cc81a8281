import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { setRsvp } from "@/lib/live-shows/set-rsvp";
import { insertShow } from "@/lib/live-shows/test-fixtures";
import { createUser } from "@/lib/test/factories";

const rsvpCountOf = async (id: string) =>
  (await db.liveShow.findUniqueOrThrow({ where: { id }, select: { rsvpCount: true } })).rsvpCount;
const rsvpRows = (showId: string) => db.liveShowRsvp.count({ where: { showId } });

describe("setRsvp", () => {
  it("[SHOWS] RACE: 50 parallel RSVPs make one row and a count of 1; 50 parallel take-backs make none and 0", async () => {
    const { user: host } = await createUser({ role: "LEADER" });
    const { actor } = await createUser();
    const show = await insertShow(host.id);

    const on = await Promise.all(Array.from({ length: 50 }, () => setRsvp(actor, { showId: show.id, going: true })));
    expect(on.filter((result) => result.changed)).toHaveLength(1);
    expect(await rsvpRows(show.id)).toBe(1);
    expect(await rsvpCountOf(show.id)).toBe(1);
    expect(on.every((result) => result.rsvpCount === 1)).toBe(true);

    const off = await Promise.all(Array.from({ length: 50 }, () => setRsvp(actor, { showId: show.id, going: false })));
    expect(off.filter((result) => result.changed)).toHaveLength(1);
    expect(await rsvpRows(show.id)).toBe(0);
    expect(await rsvpCountOf(show.id)).toBe(0);
  });

  it("[SHOWS] RACE: many people toggling at once leave the stored count equal to the rows", async () => {
    const { user: host } = await createUser({ role: "LEADER" });
    const show = await insertShow(host.id);
    const people = await Promise.all(Array.from({ length: 12 }, () => createUser()));
    await Promise.all(
      people.flatMap(({ actor }, i) =>
        [true, true, i % 3 !== 0].map((going) => setRsvp(actor, { showId: show.id, going })),
      ),
    );
    expect(await rsvpCountOf(show.id)).toBe(await rsvpRows(show.id));
  });

  it("[SHOWS] every role may RSVP; an ended or cancelled show takes no new RSVPs; an unknown show is 404", async () => {
    const { user: host } = await createUser({ role: "LEADER" });
    for (const role of ["EMPLOYEE", "LEADER", "ADMIN"] as const) {
      const { actor } = await createUser({ role });
      const show = await insertShow(host.id);
      await expect(setRsvp(actor, { showId: show.id, going: true })).resolves.toMatchObject({
        going: true,
        rsvpCount: 1,
      });
    }
    const { actor } = await createUser();
    for (const status of ["ENDED", "CANCELLED"] as const) {
      const show = await insertShow(host.id, { status });
      await expect(setRsvp(actor, { showId: show.id, going: true })).rejects.toMatchObject({ code: "BAD_INPUT" });
    }
    await expect(setRsvp(actor, { showId: "nope", going: true })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(setRsvp(null, { showId: "nope", going: true })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });
});
