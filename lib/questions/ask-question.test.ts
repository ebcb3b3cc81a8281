import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { askQuestion } from "@/lib/questions/ask-question";
import { createLeader } from "@/lib/questions/question-factories";
import { createUser } from "@/lib/test/factories";
import { askerKeyOf } from "@/lib/privacy/asker-key";

const stored = (id: string) => db.question.findUniqueOrThrow({ where: { id }, omit: { askerKey: false } });
const notificationsOf = (questionId: string) =>
  db.notification.findMany({
    where: { questionId },
    select: { recipientId: true, type: true, actorId: true, groupKey: true },
    orderBy: { recipientId: "asc" },
  });

async function appErrorOf(promise: Promise<unknown>): Promise<AppError> {
  const error: unknown = await promise.then(
    () => new Error("expected the call to be refused, but it succeeded"),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("askQuestion", () => {
  it("[ASK] a named question to a leader shows its asker, renders markdown, follows it and notifies that leader", async () => {
    const { user: leader } = await createLeader();
    const { user: asker, actor } = await createUser();
    const { id } = await askQuestion(actor, {
      title: "  Can we get a fairer weekend rota?  ",
      details: "It is **always** the same people.",
      targetLeaderId: leader.id,
    });

    expect(await stored(id)).toMatchObject({
      askerKey: askerKeyOf(asker.id),
      publicAskerId: asker.id,
      isAnonymous: false,
      targetLeaderId: leader.id,
      title: "Can we get a fairer weekend rota?",
      body: "It is **always** the same people.",
      bodyHtml: "<p>It is <strong>always</strong> the same people.</p>\n",
      status: "OPEN",
      voteCount: 0,
    });
    expect(await db.questionFollow.findMany({ where: { questionId: id }, select: { userId: true } })).toEqual([
      { userId: asker.id },
    ]);
    expect(await notificationsOf(id)).toEqual([
      { recipientId: leader.id, type: "QUESTION_ASKED", actorId: asker.id, groupKey: `question-asked:${id}` },
    ]);
  });

  it("[ASK] an anonymous question to leadership notifies every leader with no actor, the asking leader included", async () => {
    const { user: askingLeader, actor } = await createLeader();
    const { id } = await askQuestion(actor, { title: "Will the Antwerp office stay open?", anonymous: "on" });
    const row = await stored(id);
    expect(row).toMatchObject({
      askerKey: askerKeyOf(askingLeader.id),
      publicAskerId: null,
      isAnonymous: true,
      targetLeaderId: null,
    });

    const leaders = await db.user.findMany({ where: { role: "LEADER", deactivatedAt: null }, select: { id: true } });
    const notified = await notificationsOf(id);
    expect(notified.map((n) => n.recipientId).sort()).toEqual(leaders.map((l) => l.id).sort());
    expect(notified.every((n) => n.actorId === null && n.type === "QUESTION_ASKED")).toBe(true);
  });

  it("[ASK] MASS-ASSIGNMENT: asker, status, public asker, counts and moderation fields in the input change nothing", async () => {
    const { user: victim } = await createUser();
    const { user: asker, actor } = await createUser();
    const { id } = await askQuestion(actor, {
      title: "Honest question?",
      anonymous: true,
      askerId: victim.id,
      publicAskerId: victim.id,
      status: "ANSWERED",
      voteCount: 999,
      isAnonymous: false,
      hiddenAt: new Date(),
      firstAnsweredAt: new Date(),
      firstAnswererId: victim.id,
      mergedIntoId: "x",
    });
    expect(await stored(id)).toMatchObject({
      askerKey: askerKeyOf(asker.id),
      publicAskerId: null,
      isAnonymous: true,
      status: "OPEN",
      voteCount: 0,
      hiddenAt: null,
      firstAnsweredAt: null,
      firstAnswererId: null,
      mergedIntoId: null,
    });
  });

  it("[ASK] bad input names the field: empty or long title, long details, a target who is not a leader, yourself", async () => {
    const { actor } = await createUser();
    expect((await appErrorOf(askQuestion(actor, { title: "   " }))).fieldErrors).toEqual({
      title: "Write your question first",
    });
    expect((await appErrorOf(askQuestion(actor, { title: "x".repeat(201) }))).fieldErrors).toEqual({
      title: "Questions can be at most 200 characters",
    });
    expect((await appErrorOf(askQuestion(actor, { title: "Fine", details: "y".repeat(3001) }))).fieldErrors).toEqual({
      details: "Details can be at most 3000 characters",
    });

    const { user: employee } = await createUser();
    const notALeader = await appErrorOf(askQuestion(actor, { title: "To a colleague?", targetLeaderId: employee.id }));
    expect(notALeader).toMatchObject({
      code: "BAD_INPUT",
      fieldErrors: { targetLeaderId: "Choose a leader from the list" },
    });

    const { user: leader, actor: leaderActor } = await createLeader();
    expect(
      (await appErrorOf(askQuestion(leaderActor, { title: "Me?", targetLeaderId: leader.id }))).fieldErrors,
    ).toEqual({ targetLeaderId: "Choose someone other than yourself" });
    expect(await db.question.count({ where: { title: { in: ["To a colleague?", "Me?"] } } })).toBe(0);
  });

  it("[ASK] signed-out people cannot ask; a sixth question within a minute is rate limited", async () => {
    expect((await appErrorOf(askQuestion(null, { title: "Hello?" }))).code).toBe("UNAUTHENTICATED");
    const { actor } = await createUser();
    for (let i = 0; i < 5; i++) await askQuestion(actor, { title: `Question ${i}?` });
    const limited = await appErrorOf(askQuestion(actor, { title: "One more?" }));
    expect(limited.code).toBe("RATE_LIMITED");
    expect(limited.message).toMatch(/^You are sending questions too quickly\. Wait \d+ seconds and try again\.$/);
  });
});
