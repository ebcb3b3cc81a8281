import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { lockLiveQuestion } from "@/lib/questions/lock-question";
import { ZReason } from "@/lib/questions/question-input";
import { publishQuestionEvent } from "@/lib/questions/question-notifications";
import { enforceWriteLimit } from "@/lib/rate-limit-guard";
import { ZId } from "@/lib/id";

export const ZCloseQuestionInput = z.object({ questionId: ZId, reason: ZReason("closing it") });

/** A leader or admin closes a question, saying why in public ("answered at the town hall", "out of scope"). */
export const closeQuestion = defineUseCase({
  input: ZCloseQuestionInput,
  permission: "questions.answer",
  run: async ({ actor, input, afterCommit }) => {
    await enforceWriteLimit("answer", actor.id);
    const question = await db.$transaction(async (tx) => {
      const question = await lockLiveQuestion(tx, input.questionId, "update");
      if (question.status === "CLOSED") throw new AppError("CONFLICT", "This question is already closed.");
      await tx.question.update({ where: { id: question.id }, data: { status: "CLOSED", closedReason: input.reason } });
      return question;
    });
    afterCommit(() => publishQuestionEvent("question.updated", question));
    return { id: question.id };
  },
});
