import "server-only";
import { actionItemChipSelect, toChip, type ActionItemChip } from "@/lib/action-items/action-item-chip";
import { plainTextExcerpt } from "@/lib/content/extract";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

// The full item: the chip plus what it says. Its source is loaded apart (sourcesOf), in one statement.
const actionItemSelect = {
  ...actionItemChipSelect,
  description: true,
  declineReason: true,
  completedAt: true,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.ActionItemSelect;

type ItemRow = Prisma.ActionItemGetPayload<{ select: typeof actionItemSelect }>;

export type ActionItemSource = { kind: "answer" | "post" | "comment"; label: string; href: string | null };

export type ActionItemView = ActionItemChip & {
  description: string;
  declineReason: string;
  completedAt: string | null;
  createdAt: string;
  updatedAt: string;
  source: ActionItemSource | null;
};

const firstName = (name: string) => name.split(" ")[0] ?? name;

// Only public facts of a source: a question's title and whether it is still shown, never who asked it.
type SourceRow = {
  id: string;
  answerAuthor: string | null;
  questionId: string | null;
  questionTitle: string | null;
  questionGone: boolean | null;
  postId: string | null;
  postBody: string | null;
  postGone: boolean | null;
  postAuthor: string | null;
  commentId: string | null;
  commentPostId: string | null;
  commentGone: boolean | null;
  commentAuthor: string | null;
  commentPostAuthor: string | null;
};

/** What each item came from, as a sentence and a link, for all `ids` in one statement. */
async function sourcesOf(ids: string[]): Promise<Map<string, ActionItemSource>> {
  const rows = await db.$queryRaw<SourceRow[]>`
    select a.id,
           au.name as "answerAuthor", q.id as "questionId", q.title as "questionTitle",
           (q."hiddenAt" is not null or q."withdrawnAt" is not null) as "questionGone",
           p.id as "postId", left(p.body, 600) as "postBody", (p."deletedAt" is not null) as "postGone", pu.name as "postAuthor",
           c.id as "commentId", c."postId" as "commentPostId", (c."deletedAt" is not null or cp."deletedAt" is not null) as "commentGone",
           cu.name as "commentAuthor", cpu.name as "commentPostAuthor"
    from "ActionItem" a
    left join "Answer" an on an.id = a."answerId"
    left join "Question" q on q.id = an."questionId"
    left join "User" au on au.id = an."authorId"
    left join "Post" p on p.id = a."postId"
    left join "User" pu on pu.id = p."authorId"
    left join "Comment" c on c.id = a."commentId"
    left join "User" cu on cu.id = c."authorId"
    left join "Post" cp on cp.id = c."postId"
    left join "User" cpu on cpu.id = cp."authorId"
    where a.id = any(${ids}) and (a."answerId" is not null or a."postId" is not null or a."commentId" is not null)`;
  const sources = new Map<string, ActionItemSource>();
  for (const row of rows) {
    const source = sourceOf(row);
    if (source) sources.set(row.id, source);
  }
  return sources;
}

function sourceOf(row: SourceRow): ActionItemSource | null {
  if (row.questionId) {
    if (row.questionGone)
      return { kind: "answer", label: "From an answer to a question that is no longer shown", href: null };
    return {
      kind: "answer",
      label: `From ${firstName(row.answerAuthor ?? "someone")}'s answer to “${row.questionTitle}”`,
      href: `/ask/${row.questionId}`,
    };
  }
  if (row.postId) {
    if (row.postGone) return { kind: "post", label: "From a post that was removed", href: null };
    const excerpt = plainTextExcerpt(row.postBody ?? "", 90);
    return {
      kind: "post",
      label: `From ${firstName(row.postAuthor ?? "someone")}'s post${excerpt ? `: “${excerpt}”` : ""}`,
      href: `/posts/${row.postId}`,
    };
  }
  if (row.commentId) {
    if (row.commentGone) return { kind: "comment", label: "From a comment that was removed", href: null };
    return {
      kind: "comment",
      label: `From ${firstName(row.commentAuthor ?? "someone")}'s comment on ${firstName(row.commentPostAuthor ?? "someone")}'s post`,
      href: `/posts/${row.commentPostId}#comment-${row.commentId}`,
    };
  }
  return null;
}

export function toView(row: ItemRow, source: ActionItemSource | null, now = new Date()): ActionItemView {
  return {
    ...toChip(row, now),
    description: row.description,
    declineReason: row.declineReason,
    completedAt: row.completedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    source,
  };
}

/**
 * Items in the order of `ids`, missing ones dropped, in a fixed number of statements whatever their
 * number: the items with their people (Prisma batches each relation), and their sources in one join.
 * Action items are public: everyone signed in may see every one; a source that is gone or hidden is
 * named as such, without a link (see sourceOf).
 */
export async function loadActionItemViews(ids: string[], now = new Date()): Promise<ActionItemView[]> {
  if (ids.length === 0) return [];
  const [rows, sources] = await Promise.all([
    db.actionItem.findMany({ where: { id: { in: ids } }, select: actionItemSelect }),
    sourcesOf(ids),
  ]);
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [toView(row, sources.get(id) ?? null, now)] : [];
  });
}
