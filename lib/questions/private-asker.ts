import "server-only";
import type { Tx } from "@/lib/db";

/**
 * The one place a question's private asker is read: to make them the RECIPIENT of a notification
 * (answered, hidden). The id goes straight into a notification row for that person and is never
 * returned, logged, published or shown to the person acting. Everywhere else, "is this mine?" is a
 * where clause: `{ id, askerId: actor.id }`.
 */
export async function askerIdToNotify(tx: Tx, questionId: string): Promise<string | null> {
  const row = await tx.question.findUnique({ where: { id: questionId }, select: { askerId: true } });
  return row?.askerId ?? null;
}
