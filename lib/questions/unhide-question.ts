import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { lockQuestion } from "@/lib/questions/lock-question";
import { publishQuestionEvent } from "@/lib/questions/question-notifications";
import { ZId } from "@/lib/id";

/** A moderator brings a hidden question back. Audited. */
export const unhideQuestion = defineUseCase({
  input: z.object({ questionId: ZId }),
  permission: "questions.moderate",
  run: async ({ actor, input, afterCommit }) => {
    const question = await db.$transaction(async (tx) => {
      await lockQuestion(tx, input.questionId, "update");
      const question = await tx.question.findFirst({
        where: { id: input.questionId, withdrawnAt: null },
        select: { id: true, hiddenAt: true, amaSessionId: true },
      });
      if (!question) throw new AppError("NOT_FOUND", "That question does not exist or was withdrawn.");
      if (!question.hiddenAt) throw new AppError("CONFLICT", "This question is not hidden.");
      await tx.question.update({ where: { id: question.id }, data: { hiddenAt: null, hiddenReason: "" } });
      await tx.auditEntry.create({
        data: { actorId: actor.id, action: "question.unhidden", targetType: "Question", targetId: question.id },
      });
      return question;
    });
    afterCommit(() => publishQuestionEvent("question.updated", question));
    return { id: question.id };
  },
});
