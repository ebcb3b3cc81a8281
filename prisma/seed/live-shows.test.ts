import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { findShowReport } from "@/lib/live-shows/find-show-report";
import { createUser } from "@/lib/test/factories";
import { seedLiveShows } from "./live-shows";

const LEADERS = ["maria", "thomas", "jan", "emma", "sanne"];
const PEOPLE = [
  "sophie",
  "lotte",
  "daan",
  "noor",
  "milan",
  "anouk",
  "fatima",
  "julia",
  "tim",
  "eva",
  "kees",
  "ruben",
  "elif",
  "zoe",
  "mats",
  "lisa",
  "bram",
  "hanna",
  "pieter",
  "freja",
  "lukas",
  "oskar",
];

describe("seedLiveShows", () => {
  it("[SHOWS] the demo shows are consistent: an upcoming fireside with RSVPs and questions, an ended town hall with its log, thanks and attendance", async () => {
    const ids = new Map<string, string>();
    for (const key of LEADERS) ids.set(key, (await createUser({ role: "LEADER", name: `Seed ${key}` })).user.id);
    for (const key of PEOPLE) ids.set(key, (await createUser({ name: `Seed ${key}` })).user.id);
    // The demo slugs are fixed and unique: a test database that ran this before holds them already.
    await db.liveShow.deleteMany({ where: { slug: { in: ["friday-fireside-with-maria", "q3-town-hall-live"] } } });
    const now = new Date();
    await db.$transaction((tx) => seedLiveShows(tx, ids, now), { timeout: 180_000 });

    const shows = await db.liveShow.findMany({
      where: { hostId: ids.get("maria") },
      include: { _count: { select: { rsvps: true, comments: true, questions: true, attendance: true } } },
    });
    const fireside = shows.find((show) => show.status === "SCHEDULED")!;
    const townHall = shows.find((show) => show.status === "ENDED")!;
    expect(fireside.startsAt.getTime()).toBeGreaterThan(now.getTime() + 86_400_000);
    expect(fireside.rsvpCount).toBe(fireside._count.rsvps);
    expect(fireside._count.questions).toBe(4);
    const questions = await db.question.findMany({
      where: { liveShowId: fireside.id },
      include: { _count: { select: { votes: true } } },
    });
    for (const question of questions) expect(question.voteCount).toBe(question._count.votes);
    expect(
      questions.filter((question) => question.isAnonymous).every((question) => question.publicAskerId === null),
    ).toBe(true);

    expect(townHall.commentCount).toBe(townHall._count.comments);
    expect(townHall._count.comments).toBe(20);
    expect(townHall.rsvpCount).toBe(townHall._count.rsvps);
    expect(townHall.peakViewers).toBeLessThanOrEqual(townHall._count.attendance);
    const report = await findShowReport(
      { id: ids.get("maria")!, role: "LEADER", name: "Maria", handle: "maria", title: "" },
      { showId: townHall.id },
    );
    expect(report.thanked).toHaveLength(3);
    expect(report.attendance).toMatchObject({ uniqueViewers: 22, comments: 20 });
    expect(await db.liveComment.count({ where: { showId: townHall.id, highlightedAt: { not: null } } })).toBe(3);
  });
});
