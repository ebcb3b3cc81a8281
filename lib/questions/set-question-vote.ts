import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { askedBy } from "@/lib/privacy/asker-key";
import { lockLiveQuestion } from "@/lib/questions/lock-question";
import { publishQuestionEvent } from "@/lib/questions/question-notifications";
import { enforceWriteLimit } from "@/lib/rate-limit-guard";
import { ZId } from "@/lib/id";

export const ZSetQuestionVoteInput = z.object({ questionId: ZId, voted: z.boolean() });

/**
 * Upvotes a question or takes the vote back. Idempotent and race-safe: the (question, user) key decides,
 * and the stored voteCount moves only by rows really inserted or deleted, in the same transaction.
 * Nobody upvotes their own question; that is checked with a where on the private asker.
 */
export const setQuestionVote = defineUseCase({
  input: ZSetQuestionVoteInput,
  permission: "questions.vote",
  run: async ({ actor, input, afterCommit }) => {
    await enforceWriteLimit("vote", actor.id);
    const result = await db.$transaction(async (tx) => {
      const question = await lockLiveQuestion(tx, input.questionId, "key share");
      const key = { questionId: question.id, userId: actor.id };
      if (input.voted) {
        const own = await tx.question.count({ where: { id: question.id, ...askedBy(actor.id) } });
        if (own > 0) throw new AppError("FORBIDDEN", "You cannot upvote your own question.");
        if (question.status === "CLOSED")
          throw new AppError("BAD_INPUT", "This question is closed, so it no longer takes votes.");
      }
      const { count } = input.voted
        ? await tx.questionVote.createMany({ data: [key], skipDuplicates: true })
        : await tx.questionVote.deleteMany({ where: key });
      if (count === 0) return { question, changed: false, voteCount: null };
      const updated = await tx.question.update({
        where: { id: question.id },
        data: { voteCount: { increment: input.voted ? count : -count } },
        select: { voteCount: true },
      });
      return { question, changed: true, voteCount: updated.voteCount };
    });
    if (result.changed) afterCommit(() => publishQuestionEvent("question.updated", result.question));
    return { changed: result.changed, voted: input.voted };
  },
});
