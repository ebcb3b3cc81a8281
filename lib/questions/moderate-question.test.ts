import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { askQuestion } from "@/lib/questions/ask-question";
import { findQuestion } from "@/lib/questions/find-question";
import { hideQuestion } from "@/lib/questions/hide-question";
import { listQuestions } from "@/lib/questions/list-questions";
import { mergeQuestion } from "@/lib/questions/merge-question";
import { insertQuestion } from "@/lib/questions/question-factories";
import { setQuestionFollow } from "@/lib/questions/set-question-follow";
import { setQuestionVote } from "@/lib/questions/set-question-vote";
import { unhideQuestion } from "@/lib/questions/unhide-question";
import { createUser } from "@/lib/test/factories";

const votersOf = async (questionId: string) =>
  (await db.questionVote.findMany({ where: { questionId }, select: { userId: true } })).map((v) => v.userId).sort();
const voteCountOf = async (id: string) =>
  (await db.question.findUniqueOrThrow({ where: { id }, select: { voteCount: true } })).voteCount;

describe("moderating questions", () => {
  it("[ASK] a moderator hides an anonymous question without learning who asked; the asker is told why, others no longer see it", async () => {
    const { actor: moderator } = await createUser({ role: "ADMIN" });
    const { user: asker, actor: askerActor } = await createUser();
    const { actor: reader } = await createUser();
    const { id } = await askQuestion(askerActor, { title: "Something rude?", anonymous: true });
    const { actor: leader } = await createUser({ role: "LEADER" });

    await expect(hideQuestion(leader, { questionId: id, reason: "Rude" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const result = await hideQuestion(moderator, { questionId: id, reason: "Please keep it respectful" });
    expect(result).toEqual({ id });
    expect(JSON.stringify(result)).not.toContain(asker.id);

    // Leaders' "asked" notifications (with the abusive title) are taken back; the asker alone is told, by nobody.
    expect(
      await db.notification.findMany({
        where: { questionId: id },
        select: { recipientId: true, type: true, actorId: true },
      }),
    ).toEqual([]);
    expect(
      await db.notification.findMany({
        where: { recipientId: asker.id },
        select: { type: true, actorId: true, questionId: true },
      }),
    ).toEqual([{ type: "QUESTION_HIDDEN", actorId: null, questionId: null }]);
    const audit = await db.auditEntry.findMany({
      where: { targetType: "Question", targetId: id },
      select: { actorId: true, action: true, reason: true, data: true },
    });
    expect(audit).toEqual([
      { actorId: moderator.id, action: "question.hidden", reason: "Please keep it respectful", data: {} },
    ]);

    await expect(findQuestion(reader, { questionId: id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await listQuestions(reader, { sort: "newest", limit: 50 })).items.map((q) => q.id)).not.toContain(id);
    const forModerator = await findQuestion(moderator, { questionId: id });
    expect(forModerator.question).toMatchObject({
      hidden: { reason: "Please keep it respectful" },
      asker: null,
      isMine: false,
    });
    const forAsker = await findQuestion(askerActor, { questionId: id });
    expect(forAsker.question).toMatchObject({ hidden: { reason: "Please keep it respectful" }, isMine: true });
    expect(forAsker.abilities).toMatchObject({ canEdit: false, canVote: false });

    await unhideQuestion(moderator, { questionId: id });
    expect((await findQuestion(reader, { questionId: id })).question.hidden).toBeNull();
  });

  it("[ASK] merging moves votes and follows onto the target once per person, never onto its asker, and recounts", async () => {
    const { actor: moderator } = await createUser({ role: "ADMIN" });
    const { user: dupAsker, actor: dupAskerActor } = await createUser();
    const { actor: targetAskerActor } = await createUser();
    const [a, b, c] = await Promise.all([createUser(), createUser(), createUser()]);
    const { id: target } = await askQuestion(targetAskerActor, { title: "Will we get a 13th month?", anonymous: true });
    const { id: duplicate } = await askQuestion(dupAskerActor, { title: "13th month salary?" });
    const earlier = await insertQuestion(c.user.id, { mergedIntoId: duplicate });

    await setQuestionVote(a.actor, { questionId: target, voted: true });
    await setQuestionVote(a.actor, { questionId: duplicate, voted: true });
    await setQuestionVote(b.actor, { questionId: duplicate, voted: true });
    await setQuestionVote(targetAskerActor, { questionId: duplicate, voted: true });
    await setQuestionFollow(a.actor, { questionId: duplicate, following: true });

    await expect(mergeQuestion(dupAskerActor, { questionId: duplicate, into: target })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(mergeQuestion(moderator, { questionId: duplicate, into: duplicate })).rejects.toMatchObject({
      code: "BAD_INPUT",
    });
    await expect(
      mergeQuestion(moderator, { questionId: duplicate, into: `https://hearth.example/ask/${target}?from=list` }),
    ).resolves.toEqual({ id: duplicate, into: target });

    expect(await votersOf(target)).toEqual([a.user.id, b.user.id].sort());
    expect(await voteCountOf(target)).toBe(2);
    expect(await votersOf(duplicate)).toEqual([]);
    expect(await voteCountOf(duplicate)).toBe(0);
    const followers = (await db.questionFollow.findMany({ where: { questionId: target }, select: { userId: true } }))
      .map((f) => f.userId)
      .sort();
    // The target's anonymous asker follows it through the key, not a row.
    expect(followers).toEqual([dupAsker.id, a.user.id].sort());
    expect((await db.question.findUniqueOrThrow({ where: { id: earlier.id } })).mergedIntoId).toBe(target);

    const merged = await findQuestion(b.actor, { questionId: duplicate });
    expect(merged.question.mergedInto).toEqual({ id: target, title: "Will we get a 13th month?" });
    expect((await listQuestions(b.actor, { sort: "newest", limit: 50 })).items.map((q) => q.id)).not.toContain(
      duplicate,
    );
    await expect(setQuestionVote(c.actor, { questionId: duplicate, voted: true })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("[ASK] RACE: votes cast on a duplicate while it is merged all end up counted once on the target", async () => {
    const { actor: moderator } = await createUser({ role: "ADMIN" });
    const { user: asker } = await createUser();
    const target = await insertQuestion(asker.id);
    const duplicate = await insertQuestion(asker.id);
    const people = await Promise.all(Array.from({ length: 16 }, () => createUser()));
    const votes = people.map(({ actor }, i) =>
      setQuestionVote(actor, { questionId: i % 2 ? duplicate.id : target.id, voted: true }).catch(() => null),
    );
    await Promise.all([...votes, mergeQuestion(moderator, { questionId: duplicate.id, into: target.id })]);
    expect(await db.questionVote.count({ where: { questionId: duplicate.id } })).toBe(0);
    expect(await voteCountOf(target.id)).toBe(await db.questionVote.count({ where: { questionId: target.id } }));
    expect(await voteCountOf(duplicate.id)).toBe(0);
  });
});
