import "server-only";
import type { Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

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
