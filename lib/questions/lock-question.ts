import "server-only";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { liveQuestionWhere } from "@/lib/questions/visibility";

/**
 * Row locks that keep concurrent changes to one question in order:
 * - "update" for changes of state (answer, close, reopen, hand over, hide, merge, edit, withdraw): they
 *   run one after another, each seeing the last one's result.
 * - "key share" for votes and follows: they run side by side, but wait for a merge in progress and then
 *   see the merged question, so no vote lands on a question whose votes already moved.
 */
export async function lockQuestion(tx: Tx, questionId: string, mode: "update" | "key share"): Promise<void> {
  const clause = mode === "update" ? Prisma.sql`for update` : Prisma.sql`for key share`;
  await tx.$queryRaw`select id from "Question" where id = ${questionId} ${clause}`;
}

/** Locks a question (as above) and loads it when it is live; a withdrawn, hidden, merged or unknown one is a 404. */
export async function lockLiveQuestion(tx: Tx, questionId: string, mode: "update" | "key share") {
  await lockQuestion(tx, questionId, mode);
  const question = await tx.question.findFirst({
    where: { id: questionId, ...liveQuestionWhere },
    select: { id: true, status: true, firstAnsweredAt: true, amaSessionId: true },
  });
  if (!question) throw new AppError("NOT_FOUND", "That question does not exist, or was withdrawn, hidden or merged.");
  return question;
}
