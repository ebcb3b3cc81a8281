import { describe, expect, it } from "vitest";
import { amaClosedMessage, amaPhase } from "@/lib/ama/ama-window";
import { createAmaSession } from "@/lib/ama/create-ama-session";
import { endAmaSession } from "@/lib/ama/end-ama-session";
import { findAmaSession } from "@/lib/ama/find-ama-session";
import { listAmaSessions } from "@/lib/ama/list-ama-sessions";
import { db } from "@/lib/db";
import { answerQuestion } from "@/lib/questions/answer-question";
import { askQuestion } from "@/lib/questions/ask-question";
import { createLeader } from "@/lib/questions/question-factories";
import { setQuestionVote } from "@/lib/questions/set-question-vote";
import { createUser } from "@/lib/test/factories";

const HOUR = 3_600_000;
const iso = (offsetHours: number) => new Date(Date.now() + offsetHours * HOUR).toISOString();

describe("AMA sessions", () => {
  it("[ASK] a leader opens an AMA hosted by themselves; employees cannot; the window is checked field by field", async () => {
    const { user: leader, actor } = await createLeader();
    const { actor: employee } = await createUser();
    const { user: other } = await createLeader();
    await expect(
      createAmaSession(employee, { title: "My AMA", startsAt: iso(0), endsAt: iso(2) }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });

    const { id } = await createAmaSession(actor, {
      title: "Ask the CEO anything",
      description: "Strategy, rota, lunch.",
      startsAt: iso(0),
      endsAt: iso(48),
      leaderId: other.id,
    });
    expect(await db.amaSession.findUniqueOrThrow({ where: { id } })).toMatchObject({
      leaderId: leader.id,
      title: "Ask the CEO anything",
      description: "Strategy, rota, lunch.",
    });

    await expect(
      createAmaSession(actor, { title: "Backwards", startsAt: iso(5), endsAt: iso(4) }),
    ).rejects.toMatchObject({ fieldErrors: { endsAt: "End must be after the start" } });
    await expect(
      createAmaSession(actor, { title: "Too long", startsAt: iso(1), endsAt: iso(1 + 14 * 24 + 1) }),
    ).rejects.toMatchObject({ fieldErrors: { endsAt: "An AMA can last at most 14 days" } });
    await expect(
      createAmaSession(actor, { title: "Yesterday", startsAt: iso(-24), endsAt: iso(1) }),
    ).rejects.toMatchObject({ fieldErrors: { startsAt: "Start must not be in the past" } });
    await expect(createAmaSession(actor, { title: "", startsAt: "soon", endsAt: "" })).rejects.toMatchObject({
      fieldErrors: {
        title: "Give the AMA a title (at least 3 characters)",
        startsAt: "Start must be a date and time",
        endsAt: "End must be a date and time",
      },
    });
  });

  it("[ASK] questions are taken only while the AMA is open, go to its host, and the message outside the window is clear", async () => {
    const { user: host, actor: hostActor } = await createLeader();
    const { actor: asker } = await createUser();
    const { id: upcoming } = await createAmaSession(hostActor, {
      title: "Next week",
      startsAt: iso(72),
      endsAt: iso(74),
    });
    const refused = await askQuestion(asker, { title: "Too early?", amaSessionId: upcoming }).catch((e: unknown) => e);
    expect(refused).toMatchObject({
      code: "BAD_INPUT",
      message: "This AMA has not started yet: it opens for questions in 3 days.",
    });

    const { id: open } = await createAmaSession(hostActor, { title: "Now", startsAt: iso(0), endsAt: iso(1) });
    const { id } = await askQuestion(asker, {
      title: "Just in time?",
      amaSessionId: open,
      targetLeaderId: "someone-else",
    });
    expect(await db.question.findUniqueOrThrow({ where: { id } })).toMatchObject({
      amaSessionId: open,
      targetLeaderId: host.id,
    });
    await expect(askQuestion(hostActor, { title: "Asking myself?", amaSessionId: open })).rejects.toMatchObject({
      code: "BAD_INPUT",
    });

    await endAmaSession(hostActor, { amaSessionId: open });
    const late = await askQuestion(asker, { title: "Too late?", amaSessionId: open }).catch((e: unknown) => e);
    expect(late).toMatchObject({ code: "BAD_INPUT" });
    expect((late as Error).message).toBe(
      "This AMA has just ended and no longer takes questions. You can still ask leadership on the Ask leadership page.",
    );
    expect(await db.question.count({ where: { amaSessionId: { in: [open, upcoming] } } })).toBe(1);
  });

  it("[ASK] an AMA shows its questions by votes with their answers; current and upcoming ones are listed; only the host ends it", async () => {
    const { user: host, actor: hostActor } = await createLeader();
    const { actor: otherLeader } = await createLeader();
    const [a, b, c] = await Promise.all([createUser(), createUser(), createUser()]);
    const { id: amaId } = await createAmaSession(hostActor, { title: "Open house", startsAt: iso(0), endsAt: iso(48) });
    const { id: later } = await createAmaSession(hostActor, { title: "Later", startsAt: iso(24), endsAt: iso(26) });
    const { id: q1 } = await askQuestion(a.actor, { title: "Fewer votes?", amaSessionId: amaId });
    const { id: q2 } = await askQuestion(b.actor, { title: "More votes?", amaSessionId: amaId, anonymous: true });
    await setQuestionVote(c.actor, { questionId: q2, voted: true });
    await answerQuestion(hostActor, { questionId: q2, body: "Answered in the AMA." });

    const detail = await findAmaSession(c.actor, { amaSessionId: amaId });
    expect(detail.session).toMatchObject({
      id: amaId,
      phase: "open",
      host: { id: host.id },
      questionCount: 2,
      canEnd: false,
    });
    expect(detail.questions.map((q) => [q.id, q.answers.map((answer) => answer.body)])).toEqual([
      [q2, ["Answered in the AMA."]],
      [q1, []],
    ]);
    expect((await findAmaSession(hostActor, { amaSessionId: amaId })).session.canEnd).toBe(true);

    const listed = await listAmaSessions(c.actor, {});
    const phases = new Map(listed.current.map((session) => [session.id, session.phase]));
    expect([phases.get(amaId), phases.get(later)]).toEqual(["open", "upcoming"]);

    await expect(endAmaSession(otherLeader, { amaSessionId: amaId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await endAmaSession(hostActor, { amaSessionId: later });
    const cancelled = await db.amaSession.findUniqueOrThrow({ where: { id: later } });
    expect(amaPhase(cancelled)).toBe("ended");
    expect(cancelled.startsAt.getTime()).toBeLessThanOrEqual(cancelled.endsAt.getTime());
  });

  it("[ASK] the window is [start, end): open at the start, closed at the end", () => {
    const session = { startsAt: new Date("2026-01-01T10:00:00Z"), endsAt: new Date("2026-01-01T12:00:00Z") };
    expect(amaPhase(session, new Date("2026-01-01T09:59:59Z"))).toBe("upcoming");
    expect(amaPhase(session, new Date("2026-01-01T10:00:00Z"))).toBe("open");
    expect(amaClosedMessage(session, new Date("2026-01-01T11:59:59Z"))).toBeNull();
    expect(amaClosedMessage(session, new Date("2026-01-01T12:00:00Z"))).toBe(
      "This AMA has just ended and no longer takes questions. You can still ask leadership on the Ask leadership page.",
    );
    expect(amaClosedMessage(session, new Date("2026-01-01T15:00:00Z"))).toMatch(
      /^This AMA ended 3 hours ago and no longer takes questions\./,
    );
  });
});
