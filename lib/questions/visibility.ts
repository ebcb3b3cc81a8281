import { can, type Actor } from "@/lib/auth/permissions";
import { Prisma } from "@/lib/generated/prisma/client";
import { askedBy } from "@/lib/privacy/asker-key";

// Who sees a question, as a query. Withdrawn questions are gone for everyone. Hidden ones stay visible
// to moderators (marked) and to their own asker (with the reason); "is it mine" is only ever a where
// clause on the keyed askerKey, never a value read back.
export function visibleQuestionWhere(actor: Actor): Prisma.QuestionWhereInput {
  if (can(actor, "questions.moderate")) return { withdrawnAt: null };
  return { withdrawnAt: null, OR: [{ hiddenAt: null }, askedBy(actor.id)] };
}

/** Questions that take part in the conversation: not withdrawn, hidden or merged into another. */
export const liveQuestionWhere = {
  withdrawnAt: null,
  hiddenAt: null,
  mergedIntoId: null,
} as const satisfies Prisma.QuestionWhereInput;

export function isModerator(actor: Actor): boolean {
  return can(actor, "questions.moderate");
}

/** What everyone sees of a question, in SQL over "Question" aliased `alias` (search): not withdrawn, not hidden. */
export const shownQuestionSql = (alias: string) =>
  Prisma.raw(`${alias}."withdrawnAt" is null and ${alias}."hiddenAt" is null`);
