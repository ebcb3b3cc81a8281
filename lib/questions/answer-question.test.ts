import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { answerQuestion } from "@/lib/questions/answer-question";
import { askQuestion } from "@/lib/questions/ask-question";
import { findQuestion } from "@/lib/questions/find-question";
import { createLeader, insertQuestion } from "@/lib/questions/question-factories";
import { setQuestionFollow } from "@/lib/questions/set-question-follow";
import { setQuestionVote } from "@/lib/questions/set-question-vote";
import { createUser } from "@/lib/test/factories";

const stateOf = (id: string) =>
  db.question.findUniqueOrThrow({
    where: { id },
    select: { status: true, firstAnsweredAt: true, firstAnswererId: true },
  });

describe("answerQuestion", () => {
  it("[ASK] only leaders and admins answer: an employee is FORBIDDEN and nothing is written", async () => {
    const { user: asker } = await createUser();
    const { actor: employee } = await createUser();
    const question = await insertQuestion(asker.id);
    await expect(answerQuestion(employee, { questionId: question.id, body: "I know this one!" })).rejects.toMatchObject(
      { code: "FORBIDDEN" },
    );
    expect(await db.answer.count({ where: { questionId: question.id } })).toBe(0);
    expect((await stateOf(question.id)).status).toBe("OPEN");
    expect((await findQuestion(employee, { questionId: question.id })).abilities.canAnswer).toBe(false);
  });

  it("[ASK] the first answer marks the question answered, once; asker, followers and upvoters hear of it from the leader", async () => {
    const { user: maria, actor: mariaActor } = await createLeader();
    const { user: jan, actor: janActor } = await createLeader();
    const { user: admin, actor: adminActor } = await createUser({ role: "ADMIN" });
    const { user: asker, actor: askerActor } = await createUser();
    const { user: follower, actor: followerActor } = await createUser();
    const { user: voter, actor: voterActor } = await createUser();
    const { id } = await askQuestion(askerActor, {
      title: "Can we get a fairer weekend rota?",
      anonymous: true,
      targetLeaderId: maria.id,
    });
    await setQuestionFollow(followerActor, { questionId: id, following: true });
    await setQuestionVote(voterActor, { questionId: id, voted: true });
    await setQuestionVote(janActor, { questionId: id, voted: true });

    const first = await answerQuestion(mariaActor, { questionId: id, body: "Yes: **from January**, a rotating rota." });
    const answered = await stateOf(id);
    expect(answered).toMatchObject({ status: "ANSWERED", firstAnswererId: maria.id });
    const answer = await db.answer.findUniqueOrThrow({ where: { id: first.id } });
    expect(answered.firstAnsweredAt).toEqual(answer.createdAt);
    expect(answer.bodyHtml).toBe("<p>Yes: <strong>from January</strong>, a rotating rota.</p>\n");

    const notified = await db.notification.findMany({
      where: { questionId: id, type: "QUESTION_ANSWERED" },
      select: { recipientId: true, actorId: true, groupKey: true },
    });
    expect(notified.map((n) => n.recipientId).sort()).toEqual([follower.id, voter.id, jan.id].sort());
    expect(notified.every((n) => n.actorId === maria.id && n.groupKey === `question-answered:${id}`)).toBe(true);
    // The anonymous asker hears of it by a row that names neither the question nor a group shared with it.
    const toAsker = await db.notification.findMany({
      where: { recipientId: asker.id, type: "QUESTION_ANSWERED" },
      select: { questionId: true, actorId: true, groupKey: true },
    });
    expect(toAsker).toHaveLength(1);
    expect(toAsker[0]).toMatchObject({ questionId: null, actorId: maria.id });
    expect(toAsker[0]!.groupKey).not.toContain(id);

    // A second answer, by an admin, adds to the conversation but does not move the first-answer facts.
    await answerQuestion(adminActor, { questionId: id, body: "And HR will publish it on the wiki." });
    expect(await stateOf(id)).toEqual(answered);
    expect(
      await db.notification.count({ where: { questionId: id, type: "QUESTION_ANSWERED", recipientId: maria.id } }),
    ).toBe(0);
    const detail = await findQuestion(askerActor, { questionId: id });
    expect(detail.answers.map((a) => [a.author.id, a.canEdit])).toEqual([
      [maria.id, false],
      [admin.id, false],
    ]);
  });

  it("[ASK] RACE: two leaders answering at once leave one first answerer and two answers", async () => {
    const { user: asker } = await createUser();
    const [a, b] = await Promise.all([createLeader(), createLeader()]);
    const question = await insertQuestion(asker.id);
    await Promise.all([
      answerQuestion(a.actor, { questionId: question.id, body: "A" }),
      answerQuestion(b.actor, { questionId: question.id, body: "B" }),
    ]);
    const state = await stateOf(question.id);
    const answers = await db.answer.findMany({ where: { questionId: question.id }, orderBy: { createdAt: "asc" } });
    expect(answers).toHaveLength(2);
    expect(state.firstAnswererId).toBe(answers[0]!.authorId);
  });

  it("[ASK] closed, hidden and withdrawn questions cannot be answered; an empty answer names the field", async () => {
    const { user: asker } = await createUser();
    const { actor: leader } = await createLeader();
    const closed = await insertQuestion(asker.id, { status: "CLOSED" });
    await expect(answerQuestion(leader, { questionId: closed.id, body: "Late" })).rejects.toMatchObject({
      code: "BAD_INPUT",
      message: "This question is closed. Reopen it before answering.",
    });
    for (const gone of [{ hiddenAt: new Date() }, { withdrawnAt: new Date() }]) {
      const question = await insertQuestion(asker.id, gone);
      await expect(answerQuestion(leader, { questionId: question.id, body: "Hello" })).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
    }
    const open = await insertQuestion(asker.id);
    await expect(answerQuestion(leader, { questionId: open.id, body: "  " })).rejects.toMatchObject({
      code: "BAD_INPUT",
      fieldErrors: { body: "Write your answer first" },
    });
  });
});
