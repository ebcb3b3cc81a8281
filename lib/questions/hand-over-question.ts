import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { publishNotifications } from "@/lib/notifications/notify";
import { lockQuestion } from "@/lib/questions/lock-question";
import { handOverableQuestionWhere } from "@/lib/questions/question-abilities";
import { notifyAboutQuestion, publishQuestionEvent } from "@/lib/questions/question-notifications";
import { liveQuestionWhere } from "@/lib/questions/visibility";
import { enforceWriteLimit } from "@/lib/rate-limit-guard";
import { ZId } from "@/lib/id";

export const ZHandOverQuestionInput = z.object({
  questionId: ZId,
  leaderId: z.string({ error: "Choose a colleague" }).min(1, "Choose a colleague").max(40),
});

/**
 * A leader asks a colleague leader to take an open question: the question is theirs from now on (and
 * counts in their responsiveness). The leader it was asked to, any leader for a leadership-wide
 * question, or an admin may hand it over.
 */
export const handOverQuestion = defineUseCase({
  input: ZHandOverQuestionInput,
  permission: "questions.answer",
  run: async ({ actor, input, afterCommit }) => {
    await enforceWriteLimit("answer", actor.id);
    const { question, recipients } = await db.$transaction(async (tx) => {
      await lockQuestion(tx, input.questionId, "update");
      const question = await tx.question.findFirst({
        where: {
          id: input.questionId,
          ...liveQuestionWhere,
          ...handOverableQuestionWhere(actor),
        },
        select: { id: true, status: true, targetLeaderId: true, amaSessionId: true },
      });
      if (!question) throw new AppError("NOT_FOUND", "That question does not exist or is not yours to hand over.");
      if (question.status !== "OPEN") throw new AppError("BAD_INPUT", "Only open questions can be handed over.");
      if (input.leaderId === actor.id)
        throw new AppError("BAD_INPUT", "Choose a colleague rather than yourself.", {
          leaderId: "Choose a colleague rather than yourself",
        });
      if (input.leaderId === question.targetLeaderId)
        throw new AppError("BAD_INPUT", "The question is already with that leader.", {
          leaderId: "The question is already with that leader",
        });
      const leader = await tx.user.findFirst({
        where: { id: input.leaderId, role: "LEADER", deactivatedAt: null },
        select: { id: true },
      });
      if (!leader)
        throw new AppError("BAD_INPUT", "Choose a leader from the list.", {
          leaderId: "Choose a leader from the list",
        });

      await tx.question.update({ where: { id: question.id }, data: { targetLeaderId: leader.id } });
      const recipients = await notifyAboutQuestion(tx, {
        questionId: question.id,
        type: "QUESTION_HANDED_OVER",
        actorId: actor.id,
        recipientIds: [leader.id],
      });
      return { question, recipients };
    });
    afterCommit(() => publishQuestionEvent("question.updated", question));
    afterCommit(() => publishNotifications(recipients));
    return { id: question.id };
  },
});
