import { can, type Actor } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { QuestionView } from "@/lib/questions/question-view";

export type QuestionAbilities = {
  canVote: boolean;
  canAnswer: boolean;
  canClose: boolean;
  canReopen: boolean;
  canHandOver: boolean;
  canEdit: boolean;
  canWithdraw: boolean;
  canModerate: boolean;
};

/**
 * What the actor may do with a question, for showing the right buttons. The use cases check the same
 * rules again in their queries; this only decides what to offer.
 */
export function questionAbilities(actor: Actor, question: QuestionView): QuestionAbilities {
  const live = !question.hidden && !question.mergedInto;
  const leads = can(actor, "questions.answer") && live;
  return {
    canVote: live && !question.isMine && question.status !== "CLOSED",
    canAnswer: leads && question.status !== "CLOSED",
    canClose: leads && question.status !== "CLOSED",
    canReopen: leads && question.status === "CLOSED",
    canHandOver: leads && question.status === "OPEN" && canHandOverTo(actor, question.target?.id ?? null),
    canEdit: question.isMine && live && question.status === "OPEN",
    canWithdraw: question.isMine && question.firstAnswer === null,
    canModerate: can(actor, "questions.moderate"),
  };
}

/**
 * Who may hand over a question asked to `targetLeaderId` (null: to all leaders): any leader for a
 * leadership-wide question, the leader it was asked to, or whoever holds "questions.handOverAny".
 */
export function canHandOverTo(actor: Actor, targetLeaderId: string | null): boolean {
  return targetLeaderId === null || targetLeaderId === actor.id || can(actor, "questions.handOverAny");
}

/** The same rule as a query, so a question the actor may not hand over is simply not found. */
export function handOverableQuestionWhere(actor: Actor): Prisma.QuestionWhereInput {
  if (can(actor, "questions.handOverAny")) return {};
  return { OR: [{ targetLeaderId: null }, { targetLeaderId: actor.id }] };
}
