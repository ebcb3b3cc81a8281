import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { publishNotifications } from "@/lib/notifications/notify";
import { lockQuestion } from "@/lib/questions/lock-question";
import { notifyAsker } from "@/lib/questions/private-asker";
import { ZReason } from "@/lib/questions/question-input";
import { publishQuestionEvent, retractQuestionNotifications } from "@/lib/questions/question-notifications";
import { enforceWriteLimit } from "@/lib/rate-limit-guard";
import { ZId } from "@/lib/id";

export const ZHideQuestionInput = z.object({ questionId: ZId, reason: ZReason("hiding it") });

/**
 * A moderator hides an abusive question, with a reason the asker is told. The moderator learns nothing
 * about who asked: the asker is reached through the keyed askerKey, the notification names no actor,
 * and the result is only the question's id. Audited.
 */
export const hideQuestion = defineUseCase({
  input: ZHideQuestionInput,
  permission: "questions.moderate",
  run: async ({ actor, input, afterCommit }) => {
    await enforceWriteLimit("answer", actor.id);
    const { question, recipients } = await db.$transaction(async (tx) => {
      await lockQuestion(tx, input.questionId, "update");
      const question = await tx.question.findFirst({
        where: { id: input.questionId, withdrawnAt: null },
        select: { id: true, hiddenAt: true, amaSessionId: true },
      });
      if (!question) throw new AppError("NOT_FOUND", "That question does not exist or was withdrawn.");
      if (question.hiddenAt) throw new AppError("CONFLICT", "This question is already hidden.");
      await tx.question.update({
        where: { id: question.id },
        data: { hiddenAt: new Date(), hiddenReason: input.reason },
      });
      await tx.auditEntry.create({
        data: {
          actorId: actor.id,
          action: "question.hidden",
          targetType: "Question",
          targetId: question.id,
          reason: input.reason,
        },
      });
      // Leaders no longer see the abusive title in their notifications; the asker is told why it went.
      const retracted = await retractQuestionNotifications(tx, question.id);
      const recipients = await notifyAsker(tx, question.id, "QUESTION_HIDDEN", { actorId: null });
      return { question, recipients: [...new Set([...retracted, ...recipients])] };
    });
    afterCommit(() => publishQuestionEvent("question.updated", question));
    afterCommit(() => publishNotifications(recipients));
    return { id: question.id };
  },
});
