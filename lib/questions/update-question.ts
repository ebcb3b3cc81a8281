import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { renderMarkdown } from "@/lib/content/render-markdown";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { lockQuestion } from "@/lib/questions/lock-question";
import { ZQuestionDetails, ZQuestionTitle } from "@/lib/questions/question-input";
import { publishQuestionEvent } from "@/lib/questions/question-notifications";
import { liveQuestionWhere } from "@/lib/questions/visibility";
import { enforceWriteLimit } from "@/lib/rate-limit-guard";
import { ZId } from "@/lib/id";
import { askedBy } from "@/lib/privacy/asker-key";

export const ZUpdateQuestionInput = z.object({ questionId: ZId, title: ZQuestionTitle, details: ZQuestionDetails });

/** The asker rewords their question while it is still open. Found only through `...askedBy(actor.id)`. */
export const updateQuestion = defineUseCase({
  input: ZUpdateQuestionInput,
  permission: "questions.ask",
  run: async ({ actor, input, afterCommit }) => {
    await enforceWriteLimit("question", actor.id);
    const question = await db.$transaction(async (tx) => {
      await lockQuestion(tx, input.questionId, "update");
      const question = await tx.question.findFirst({
        where: { id: input.questionId, ...askedBy(actor.id), ...liveQuestionWhere },
        select: { id: true, status: true, title: true, body: true, amaSessionId: true },
      });
      if (!question) throw new AppError("NOT_FOUND", "That question does not exist or is not yours to edit.");
      if (question.status !== "OPEN")
        throw new AppError("BAD_INPUT", "Only open questions can be edited: this one has been answered or closed.");
      if (question.title === input.title && question.body === input.details) return question;
      await tx.question.update({
        where: { id: question.id },
        data: {
          title: input.title,
          body: input.details,
          bodyHtml: input.details ? renderMarkdown(input.details) : "",
          editedAt: new Date(),
        },
      });
      return question;
    });
    afterCommit(() => publishQuestionEvent("question.updated", question));
    return { id: question.id };
  },
});
