import "server-only";
import { randomUUID } from "node:crypto";
import type { Tx } from "@/lib/db";
import { createNotifications } from "@/lib/notifications/notify";
import { askerKeyOf } from "@/lib/privacy/asker-key";

// Who asked a question is stored only as a keyed hash (lib/privacy/asker-key.ts). "Is this mine?" is a where clause
// on `askerKey: askerKeyOf(actor.id)`; this module is the one place an asker is turned back into a person, to tell
// them something (answered, hidden).

// key → user id, filled from the people table on a miss. The secret never leaves this process.
const knownKeys = new Map<string, string>();

async function userWithKey(tx: Tx, key: string): Promise<string | null> {
  const known = knownKeys.get(key);
  if (known) return known;
  const people = await tx.user.findMany({ where: { deactivatedAt: null }, select: { id: true } });
  for (const person of people) knownKeys.set(askerKeyOf(person.id), person.id);
  return knownKeys.get(key) ?? null;
}

/**
 * Tells a question's asker something, inside the caller's transaction. A named asker is notified like anyone else
 * (with the question). An anonymous asker's notification carries NO question id and no group shared with anyone,
 * so the stored row does not say which question they asked. Returns the recipients to publish to after commit.
 */
export async function notifyAsker(
  tx: Tx,
  questionId: string,
  type: "QUESTION_ANSWERED" | "QUESTION_HIDDEN",
  { actorId, exclude = [] }: { actorId: string | null; exclude?: string[] },
): Promise<string[]> {
  const row = await tx.question.findUnique({
    where: { id: questionId },
    select: { askerKey: true, publicAskerId: true, isAnonymous: true },
  });
  if (!row) return [];
  const recipientId = row.isAnonymous ? await userWithKey(tx, row.askerKey) : row.publicAskerId;
  if (!recipientId || exclude.includes(recipientId)) return [];
  const kind = type.toLowerCase().replaceAll("_", "-");
  return createNotifications(tx, [
    row.isAnonymous
      ? {
          recipientId,
          type,
          actorId,
          groupKey: `${kind}:anonymous:${randomUUID()}`,
          detail:
            type === "QUESTION_ANSWERED"
              ? "One of your anonymous questions has a new answer. On Ask leadership it is marked “You asked this”."
              : "A moderator hid one of your anonymous questions. On Ask leadership it is marked “You asked this”.",
        }
      : { recipientId, type, actorId, questionId, groupKey: `${kind}:${questionId}` },
  ]);
}
