import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { renderMarkdown } from "@/lib/content/render-markdown";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { publishNotifications } from "@/lib/notifications/notify";
import { lockLiveQuestion } from "@/lib/questions/lock-question";
import { notifyAsker } from "@/lib/questions/private-asker";
import { ZAnswerBody } from "@/lib/questions/question-input";
import { notifyAboutQuestion, publishQuestionEvent } from "@/lib/questions/question-notifications";
import { enforceWriteLimit } from "@/lib/rate-limit-guard";
import { ZId } from "@/lib/id";

export const ZAnswerQuestionInput = z.object({ questionId: ZId, body: ZAnswerBody });

/**
 * A leader or admin answers in the open. The first answer marks the question answered and records when
 * and by whom (the responsiveness figures rest on it). The asker, followers and upvoters hear of it.
 */
export const answerQuestion = defineUseCase({
  input: ZAnswerQuestionInput,
  permission: "questions.answer",
  run: async ({ actor, input, afterCommit }) => {
    await enforceWriteLimit("answer", actor.id);
    const { answer, question, recipients } = await db.$transaction(async (tx) => {
      const question = await lockLiveQuestion(tx, input.questionId, "update");
      if (question.status === "CLOSED")
        throw new AppError("BAD_INPUT", "This question is closed. Reopen it before answering.");

      const answer = await tx.answer.create({
        data: { questionId: question.id, authorId: actor.id, body: input.body, bodyHtml: renderMarkdown(input.body) },
        select: { id: true, createdAt: true },
      });
      if (!question.firstAnsweredAt) {
        await tx.question.update({
          where: { id: question.id },
          data: { status: "ANSWERED", firstAnsweredAt: answer.createdAt, firstAnswererId: actor.id },
        });
      }

      const [followers, voters] = await Promise.all([
        tx.questionFollow.findMany({
          where: { questionId: question.id, user: { deactivatedAt: null } },
          select: { userId: true },
        }),
        tx.questionVote.findMany({
          where: { questionId: question.id, user: { deactivatedAt: null } },
          select: { userId: true },
        }),
      ]);
      const recipients = await notifyAboutQuestion(tx, {
        questionId: question.id,
        type: "QUESTION_ANSWERED",
        actorId: actor.id,
        recipientIds: [...followers.map((row) => row.userId), ...voters.map((row) => row.userId)],
        exclude: [actor.id],
      });
      // The asker hears of it too; an anonymous one through a notification that does not name the question.
      const asker = await notifyAsker(tx, question.id, "QUESTION_ANSWERED", {
        actorId: actor.id,
        exclude: [actor.id, ...recipients],
      });
      return { answer, question, recipients: [...recipients, ...asker] };
    });

    afterCommit(() => publishQuestionEvent("question.answered", question));
    afterCommit(() => publishNotifications(recipients));
    return { id: answer.id };
  },
});
