import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { lockQuestion } from "@/lib/questions/lock-question";
import { publishNotifications } from "@/lib/notifications/notify";
import { publishQuestionEvent, retractQuestionNotifications } from "@/lib/questions/question-notifications";
import { enforceWriteLimit } from "@/lib/rate-limit-guard";
import { ZId } from "@/lib/id";
import { askedBy } from "@/lib/privacy/asker-key";

/**
 * The asker takes their question back; it disappears for everyone. Once a leader has answered, the
 * answer belongs to everyone who reads it, so an answered question stays. Its notifications go too.
 */
export const withdrawQuestion = defineUseCase({
  input: z.object({ questionId: ZId }),
  permission: "questions.ask",
  run: async ({ actor, input, afterCommit }) => {
    await enforceWriteLimit("question", actor.id);
    const { question, retracted } = await db.$transaction(async (tx) => {
      await lockQuestion(tx, input.questionId, "update");
      const question = await tx.question.findFirst({
        where: { id: input.questionId, ...askedBy(actor.id), withdrawnAt: null },
        select: { id: true, firstAnsweredAt: true, amaSessionId: true },
      });
      if (!question) throw new AppError("NOT_FOUND", "That question does not exist or is not yours to withdraw.");
      if (question.firstAnsweredAt)
        throw new AppError(
          "BAD_INPUT",
          "This question has an answer, so it stays: the answer belongs to everyone who reads it.",
        );
      await tx.question.update({ where: { id: question.id }, data: { withdrawnAt: new Date() } });
      return { question, retracted: await retractQuestionNotifications(tx, question.id) };
    });
    afterCommit(() => publishQuestionEvent("question.updated", question));
    afterCommit(() => publishNotifications(retracted));
    return { id: question.id };
  },
});
