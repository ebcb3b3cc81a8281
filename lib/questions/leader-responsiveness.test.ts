import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { findLeaderResponsiveness } from "@/lib/questions/find-leader-responsiveness";
import { findLeadershipResponsiveness } from "@/lib/questions/find-leadership-responsiveness";
import { describeMedian, formatShare, formatWait } from "@/lib/questions/format-responsiveness";
import { computeResponsiveness } from "@/lib/questions/leader-responsiveness";
import { createLeader, HOUR, insertAnsweredQuestion, insertQuestion } from "@/lib/questions/question-factories";
import { createUser } from "@/lib/test/factories";

const DAY = 24 * HOUR;

/**
 * Leader L's questions, at a fixed `now`:
 * counted, answered after 2 h, 10 h, 60 h (leadership-wide, L first) and 4 h (asked to L, answered by M);
 * counted, open: 50 h old (missed 48 h) and 5 h old (too young to count for 48 h);
 * counted, closed unanswered, 72 h old (missed 48 h);
 * not counted: hidden, withdrawn, merged, leadership-wide answered first by M, and one answered 200 days ago;
 * open for 120 days: only in the open count.
 */
async function fixture(now: Date) {
  const { user: l } = await createLeader();
  const { user: m } = await createLeader();
  const { user: asker } = await createUser();
  const at = (hoursAgo: number) => new Date(now.getTime() - hoursAgo * HOUR);
  await insertAnsweredQuestion(asker.id, l.id, {
    now,
    askedHoursAgo: 100,
    answeredAfterHours: 2,
    targetLeaderId: l.id,
  });
  await insertAnsweredQuestion(asker.id, l.id, {
    now,
    askedHoursAgo: 80,
    answeredAfterHours: 10,
    targetLeaderId: l.id,
    isAnonymous: true,
  });
  await insertAnsweredQuestion(asker.id, l.id, {
    now,
    askedHoursAgo: 70,
    answeredAfterHours: 60,
    targetLeaderId: null,
  });
  await insertAnsweredQuestion(asker.id, m.id, { now, askedHoursAgo: 30, answeredAfterHours: 4, targetLeaderId: l.id });
  await insertQuestion(asker.id, { targetLeaderId: l.id, createdAt: at(50) });
  await insertQuestion(asker.id, { targetLeaderId: l.id, createdAt: at(5) });
  await insertQuestion(asker.id, {
    targetLeaderId: l.id,
    createdAt: at(72),
    status: "CLOSED",
    closedReason: "Answered at the town hall",
  });
  await insertAnsweredQuestion(asker.id, l.id, {
    now,
    askedHoursAgo: 20,
    answeredAfterHours: 1,
    targetLeaderId: l.id,
    hiddenAt: now,
    hiddenReason: "Abusive",
  });
  await insertQuestion(asker.id, { targetLeaderId: l.id, createdAt: at(90), withdrawnAt: now });
  const target = await insertQuestion(asker.id, { targetLeaderId: l.id, createdAt: at(3) });
  await insertQuestion(asker.id, { targetLeaderId: l.id, createdAt: at(96), mergedIntoId: target.id });
  await insertAnsweredQuestion(asker.id, m.id, { now, askedHoursAgo: 10, answeredAfterHours: 1, targetLeaderId: null });
  await insertAnsweredQuestion(asker.id, l.id, {
    now,
    askedHoursAgo: 200 * 24,
    answeredAfterHours: 1,
    targetLeaderId: l.id,
  });
  await insertQuestion(asker.id, { targetLeaderId: l.id, createdAt: at(120 * 24) });
  return { l, m };
}

describe("computeResponsiveness", () => {
  it("[ASK] responsiveness on fixed data: exact median, share within 48 h and open count", async () => {
    const now = new Date("2026-06-01T12:00:00Z");
    const { l, m } = await fixture(now);
    const [forL, forM] = await computeResponsiveness(db, [l.id, m.id], now);
    // L: answered after 2, 4, 10, 60 h → median (4 + 10) / 2 = 7 h; within 48 h 3 of 6 (4 answered, the 50 h open, the 72 h closed).
    // Open: the 50 h, 5 h, and 3 h ones, and the 120-day-old one.
    expect(forL).toEqual({
      leaderId: l.id,
      questionCount: 8,
      answeredCount: 4,
      medianSeconds: 7 * 3600,
      answeredWithin48h: 3,
      countedFor48h: 6,
      within48hShare: 0.5,
      openCount: 4,
    });
    // M: only the leadership-wide question they answered first; the one asked to L they answered counts for L.
    expect(forM).toEqual({
      leaderId: m.id,
      questionCount: 1,
      answeredCount: 1,
      medianSeconds: 3600,
      answeredWithin48h: 1,
      countedFor48h: 1,
      within48hShare: 1,
      openCount: 0,
    });
  });

  it("[ASK] a leader without questions has empty figures, not zeros that look like failure", async () => {
    const { user: quiet } = await createLeader();
    expect(await computeResponsiveness(db, [quiet.id])).toEqual([
      {
        leaderId: quiet.id,
        questionCount: 0,
        answeredCount: 0,
        medianSeconds: null,
        answeredWithin48h: 0,
        countedFor48h: 0,
        within48hShare: null,
        openCount: 0,
      },
    ]);
  });

  it("[ASK] the leadership table lists every leader and the open questions waiting longest; a profile gets one leader", async () => {
    const { user: l, actor: lActor } = await createLeader();
    const { user: asker } = await createUser();
    const { actor: reader } = await createUser();
    const veryOld = await insertQuestion(asker.id, {
      targetLeaderId: l.id,
      createdAt: new Date(Date.now() - 3000 * DAY),
      title: "Waiting since forever?",
    });
    await insertAnsweredQuestion(asker.id, l.id, {
      now: new Date(),
      askedHoursAgo: 30,
      answeredAfterHours: 5,
      targetLeaderId: l.id,
    });

    const table = await findLeadershipResponsiveness(reader, {});
    const row = table.leaders.find((entry) => entry.leader.id === l.id);
    expect(row?.leader).toEqual({ id: l.id, handle: l.handle, name: l.name, title: l.title, avatarUrl: null });
    expect(row?.figures).toMatchObject({ answeredCount: 1, medianSeconds: 5 * 3600, openCount: 1 });
    expect(table.waiting[0]).toMatchObject({ id: veryOld.id, title: "Waiting since forever?", target: { id: l.id } });

    const profile = await findLeaderResponsiveness(reader, { leaderId: l.id });
    expect(profile?.figures).toEqual(row?.figures);
    expect(profile?.waiting.map((question) => question.id)).toEqual([veryOld.id]);
    expect(await findLeaderResponsiveness(lActor, { leaderId: asker.id })).toBeNull();
  });

  it("[ASK] figures read the way people say them", () => {
    expect(formatWait(25)).toBe("under a minute");
    expect(formatWait(40 * 60)).toBe("~40\u00a0min");
    expect(formatWait(5 * 3600 + 600)).toBe("~5\u00a0h");
    expect(formatWait(72 * 3600)).toBe("~3\u00a0days");
    expect(describeMedian(7 * 3600)).toBe("answers in ~7\u00a0h");
    expect(describeMedian(null)).toBe("no answers yet");
    expect(formatShare(0.5)).toBe("50%");
    expect(formatShare(null)).toBe("—");
  });
});
