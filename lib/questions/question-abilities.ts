import { can, type Actor } from "@/lib/auth/permissions";
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
    canHandOver:
      leads &&
      question.status === "OPEN" &&
      (question.target === null || question.target.id === actor.id || actor.role === "ADMIN"),
    canEdit: question.isMine && live && question.status === "OPEN",
    canWithdraw: question.isMine && question.firstAnswer === null,
    canModerate: can(actor, "questions.moderate"),
  };
}
