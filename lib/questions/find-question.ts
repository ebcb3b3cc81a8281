import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { answerSelect, toAnswerView, type AnswerView } from "@/lib/questions/answer-view";
import { questionAbilities, type QuestionAbilities } from "@/lib/questions/question-abilities";
import { loadQuestionViews, type QuestionView } from "@/lib/questions/question-view";
import { ZId } from "@/lib/id";

const MAX_ANSWERS = 100;

export type QuestionDetail = { question: QuestionView; answers: AnswerView[]; abilities: QuestionAbilities };

/** One question with its answers (oldest first) and what the actor may do with it. */
export const findQuestion = defineUseCase({
  input: z.object({ questionId: ZId }),
  permission: "questions.read",
  run: async ({ actor, input }): Promise<QuestionDetail> => {
    const [[question], rows] = await Promise.all([
      loadQuestionViews(actor, [input.questionId]),
      db.answer.findMany({
        where: { questionId: input.questionId },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        take: MAX_ANSWERS,
        select: answerSelect,
      }),
    ]);
    if (!question) throw new AppError("NOT_FOUND", "That question does not exist or was withdrawn.");
    return {
      question,
      answers: rows.map((row) => toAnswerView(actor, row)),
      abilities: questionAbilities(actor, question),
    };
  },
});
