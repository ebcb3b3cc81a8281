import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { lockLiveQuestion } from "@/lib/questions/lock-question";
import { publishQuestionEvent } from "@/lib/questions/question-notifications";
import { enforceWriteLimit } from "@/lib/rate-limit-guard";
import { ZId } from "@/lib/id";

/** Reopens a closed question: back to answered if it has an answer, otherwise open again. */
export const reopenQuestion = defineUseCase({
  input: z.object({ questionId: ZId }),
  permission: "questions.answer",
  run: async ({ actor, input, afterCommit }) => {
    await enforceWriteLimit("answer", actor.id);
    const question = await db.$transaction(async (tx) => {
      const question = await lockLiveQuestion(tx, input.questionId, "update");
      if (question.status !== "CLOSED") throw new AppError("CONFLICT", "This question is not closed.");
      await tx.question.update({
        where: { id: question.id },
        data: { status: question.firstAnsweredAt ? "ANSWERED" : "OPEN", closedReason: "" },
      });
      return question;
    });
    afterCommit(() => publishQuestionEvent("question.updated", question));
    return { id: question.id };
  },
});
