import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";
import { personRefSelect, type PersonRef } from "@/lib/people/person-ref";

export const answerSelect = {
  id: true,
  questionId: true,
  body: true,
  bodyHtml: true,
  createdAt: true,
  editedAt: true,
  authorId: true,
  author: { select: { ...personRefSelect, role: true } },
} satisfies Prisma.AnswerSelect;

type AnswerRow = Prisma.AnswerGetPayload<{ select: typeof answerSelect }>;

export type AnswerView = {
  id: string;
  questionId: string;
  /** The markdown as written: answers are public, and action items quote them. */
  body: string;
  bodyHtml: string;
  createdAt: string;
  editedAt: string | null;
  author: PersonRef & { role: string };
  canEdit: boolean;
};

export function toAnswerView(actor: Actor, row: AnswerRow): AnswerView {
  return {
    id: row.id,
    questionId: row.questionId,
    body: row.body,
    bodyHtml: row.bodyHtml,
    createdAt: row.createdAt.toISOString(),
    editedAt: row.editedAt?.toISOString() ?? null,
    author: row.author,
    canEdit: row.authorId === actor.id,
  };
}
