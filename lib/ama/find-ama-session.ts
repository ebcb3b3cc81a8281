import "server-only";
import { z } from "zod";
import { canEndAma } from "@/lib/ama/access";
import { amaSummarySelect, toAmaSummary, type AmaSummary } from "@/lib/ama/list-ama-sessions";
import { defineUseCase } from "@/lib/auth/use-case";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { answerSelect, toAnswerView, type AnswerView } from "@/lib/questions/answer-view";
import { loadQuestionViews, type QuestionView } from "@/lib/questions/question-view";
import { visibleQuestionWhere } from "@/lib/questions/visibility";
import { ZId } from "@/lib/id";

const MAX_QUESTIONS = 200;

export type AmaDetail = {
  session: AmaSummary & { canEnd: boolean };
  questions: (QuestionView & { answers: AnswerView[] })[];
};

/** An AMA with its questions, most votes first, each with its answers. Five queries, whatever the size. */
export const findAmaSession = defineUseCase({
  input: z.object({ amaSessionId: ZId }),
  permission: "questions.read",
  run: async ({ actor, input }): Promise<AmaDetail> => {
    const row = await db.amaSession.findUnique({ where: { id: input.amaSessionId }, select: amaSummarySelect });
    if (!row) throw new AppError("NOT_FOUND", "That AMA does not exist.");
    const ids = await db.question.findMany({
      where: { AND: [{ amaSessionId: row.id, mergedIntoId: null }, visibleQuestionWhere(actor)] },
      orderBy: [{ voteCount: "desc" }, { createdAt: "asc" }, { id: "asc" }],
      take: MAX_QUESTIONS,
      select: { id: true },
    });
    const [questions, answers] = await Promise.all([
      loadQuestionViews(
        actor,
        ids.map((question) => question.id),
      ),
      db.answer.findMany({
        where: { questionId: { in: ids.map((question) => question.id) } },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: answerSelect,
      }),
    ]);
    const session = toAmaSummary(row);
    return {
      session: {
        ...session,
        canEnd: session.phase !== "ended" && canEndAma(actor, { leaderId: row.leader.id }),
      },
      questions: questions.map((question) => ({
        ...question,
        answers: answers
          .filter((answer) => answer.questionId === question.id)
          .map((answer) => toAnswerView(actor, answer)),
      })),
    };
  },
});
