import "server-only";
import {
  appreciationSelect,
  toAppreciationFields,
  type AppreciationFields,
} from "@/lib/appreciations/appreciation-view";
import { canDeleteContent, type Actor } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";
import { personRefSelect } from "@/lib/people/person-ref";

export const commentSelect = {
  id: true,
  postId: true,
  parentId: true,
  bodyHtml: true,
  createdAt: true,
  editedAt: true,
  authorId: true,
  author: { select: personRefSelect },
  appreciations: appreciationSelect,
} satisfies Prisma.CommentSelect;

type CommentRow = Prisma.CommentGetPayload<{ select: typeof commentSelect }>;

export type CommentView = {
  id: string;
  postId: string;
  parentId: string | null;
  bodyHtml: string;
  createdAt: string;
  editedAt: string | null;
  author: CommentRow["author"];
  canDelete: boolean;
  canModerate: boolean; // may remove it with a reason (not the author's own delete)
  replies: CommentView[];
} & AppreciationFields;

export function toCommentView(
  actor: Actor,
  row: CommentRow,
  replies: CommentView[] = [],
  canModerate = false,
): CommentView {
  return {
    id: row.id,
    postId: row.postId,
    parentId: row.parentId,
    bodyHtml: row.bodyHtml,
    createdAt: row.createdAt.toISOString(),
    editedAt: row.editedAt?.toISOString() ?? null,
    author: row.author,
    canDelete: canDeleteContent(actor, row.authorId),
    canModerate: canModerate && row.authorId !== actor.id,
    ...toAppreciationFields(actor, row.appreciations),
    replies,
  };
}
