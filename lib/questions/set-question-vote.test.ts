import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { askQuestion } from "@/lib/questions/ask-question";
import { insertQuestion } from "@/lib/questions/question-factories";
import { setQuestionFollow } from "@/lib/questions/set-question-follow";
import { setQuestionVote } from "@/lib/questions/set-question-vote";
import { createUser } from "@/lib/test/factories";

const voteCountOf = async (id: string) =>
  (await db.question.findUniqueOrThrow({ where: { id }, select: { voteCount: true } })).voteCount;
const voteRows = (questionId: string) => db.questionVote.count({ where: { questionId } });

describe("setQuestionVote", () => {
  it("[ASK] RACE: 50 parallel upvotes make one row and a count of 1; 50 parallel take-backs make none and 0", async () => {
    const { user: asker } = await createUser();
    const { actor } = await createUser();
    const question = await insertQuestion(asker.id);

    const on = await Promise.all(
      Array.from({ length: 50 }, () => setQuestionVote(actor, { questionId: question.id, voted: true })),
    );
    expect(on.filter((result) => result.changed)).toHaveLength(1);
    expect(await voteRows(question.id)).toBe(1);
    expect(await voteCountOf(question.id)).toBe(1);

    const off = await Promise.all(
      Array.from({ length: 50 }, () => setQuestionVote(actor, { questionId: question.id, voted: false })),
    );
    expect(off.filter((result) => result.changed)).toHaveLength(1);
    expect(await voteRows(question.id)).toBe(0);
    expect(await voteCountOf(question.id)).toBe(0);
  });

  it("[ASK] RACE: many people voting and unvoting at once leave the stored count equal to the rows", async () => {
    const { user: asker } = await createUser();
    const question = await insertQuestion(asker.id);
    const people = await Promise.all(Array.from({ length: 12 }, () => createUser()));
    await Promise.all(
      people.flatMap(({ actor }, i) =>
        [true, true, i % 3 !== 0].map((voted) => setQuestionVote(actor, { questionId: question.id, voted })),
      ),
    );
    expect(await voteCountOf(question.id)).toBe(await voteRows(question.id));
  });

  it("[ASK] you cannot upvote your own question, named or anonymous, and the message says so", async () => {
    const { actor } = await createUser();
    for (const anonymous of [false, true]) {
      const { id } = await askQuestion(actor, { title: `Mine (${anonymous ? "anonymous" : "named"})?`, anonymous });
      const error: unknown = await setQuestionVote(actor, { questionId: id, voted: true }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect(error).toMatchObject({ code: "FORBIDDEN", message: "You cannot upvote your own question." });
      expect(await voteRows(id)).toBe(0);
      expect(await voteCountOf(id)).toBe(0);
    }
  });

  it("[ASK] hidden, withdrawn and merged questions take no votes; closed ones take no new votes but let one be taken back", async () => {
    const { user: asker } = await createUser();
    const { actor } = await createUser();
    const target = await insertQuestion(asker.id);
    for (const gone of [{ hiddenAt: new Date() }, { withdrawnAt: new Date() }, { mergedIntoId: target.id }]) {
      const question = await insertQuestion(asker.id, gone);
      await expect(setQuestionVote(actor, { questionId: question.id, voted: true })).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
    }
    const closing = await insertQuestion(asker.id);
    await setQuestionVote(actor, { questionId: closing.id, voted: true });
    await db.question.update({ where: { id: closing.id }, data: { status: "CLOSED", closedReason: "Out of scope" } });
    const { actor: late } = await createUser();
    await expect(setQuestionVote(late, { questionId: closing.id, voted: true })).rejects.toMatchObject({
      code: "BAD_INPUT",
      message: "This question is closed, so it no longer takes votes.",
    });
    await expect(setQuestionVote(actor, { questionId: closing.id, voted: false })).resolves.toEqual({
      changed: true,
      voted: false,
    });
    expect(await voteCountOf(closing.id)).toBe(0);
  });

  it("[ASK] following a question is idempotent and needs a question you can see", async () => {
    const { user: asker } = await createUser();
    const { user: fan, actor } = await createUser();
    const question = await insertQuestion(asker.id);
    await Promise.all(
      Array.from({ length: 10 }, () => setQuestionFollow(actor, { questionId: question.id, following: true })),
    );
    expect(await db.questionFollow.findMany({ where: { questionId: question.id }, select: { userId: true } })).toEqual([
      { userId: fan.id },
    ]);
    await setQuestionFollow(actor, { questionId: question.id, following: false });
    expect(await db.questionFollow.count({ where: { questionId: question.id } })).toBe(0);
    const hidden = await insertQuestion(asker.id, { hiddenAt: new Date() });
    await expect(setQuestionFollow(actor, { questionId: hidden.id, following: true })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
