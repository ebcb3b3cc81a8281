import "server-only";
import { actionItemChipSelect, toChip, type ActionItemChip } from "@/lib/action-items/action-item-chip";
import type { Actor } from "@/lib/auth/permissions";
import { plainTextExcerpt } from "@/lib/content/extract";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { shownCommentSql, visibleCommunitySql, visiblePostSql } from "@/lib/posts/visibility";

// The full item: the chip plus what it says. Its source is loaded apart (sourcesOf), in one statement, as the reader
// may see it.
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

// What the reader may know of an item's source. The visibility rule sits in the query: a source the reader may not
// see brings back no text, no author and no id, only whether it is gone (removed, hidden, deleted) from a place the
// reader reaches, or out of their reach altogether. Of a question only public facts: its title, never who asked it.
type SourceRow = {
  id: string;
  kind: ActionItemSource["kind"];
  answerId: string | null;
  questionId: string | null;
  questionTitle: string | null;
  answerAuthor: string | null;
  postId: string | null;
  postBody: string | null;
  postAuthor: string | null;
  postInReach: boolean;
  commentId: string | null;
  commentPostId: string | null;
  commentAuthor: string | null;
  commentPostAuthor: string | null;
  commentInReach: boolean;
};

/** A source as the reader sees it: the sentence and link, and the ids of the source only when they may see it. */
type SeenSource = Pick<ActionItemChip, "answerId" | "postId" | "commentId"> & { source: ActionItemSource };

/** What each item came from, as the reader may see it, for all `ids` in one statement. */
async function sourcesOf(actor: Actor, ids: string[]): Promise<Map<string, SeenSource>> {
  const rows = await db.$queryRaw<SourceRow[]>`
    select a.id,
           case when a."answerId" is not null then 'answer' when a."postId" is not null then 'post' else 'comment' end as kind,
           sa."answerId", sa."questionId", sa."questionTitle", sa."answerAuthor",
           sp."postId", sp."postBody", sp."postAuthor",
           exists (select 1 from "Post" p where p.id = a."postId" and ${visibleCommunitySql(actor)}) as "postInReach",
           sc."commentId", sc."commentPostId", sc."commentAuthor", sc."commentPostAuthor",
           exists (select 1 from "Comment" c join "Post" p on p.id = c."postId"
                   where c.id = a."commentId" and ${visibleCommunitySql(actor)}) as "commentInReach"
    from "ActionItem" a
    left join lateral (
      select an.id as "answerId", q.id as "questionId", q.title as "questionTitle", u.name as "answerAuthor"
      from "Answer" an join "Question" q on q.id = an."questionId" join "User" u on u.id = an."authorId"
      where an.id = a."answerId" and q."hiddenAt" is null and q."withdrawnAt" is null) sa on true
    left join lateral (
      select p.id as "postId", left(p.body, 600) as "postBody", u.name as "postAuthor"
      from "Post" p join "User" u on u.id = p."authorId"
      where p.id = a."postId" and ${visiblePostSql(actor)}) sp on true
    left join lateral (
      select c.id as "commentId", c."postId" as "commentPostId", cu.name as "commentAuthor", pu.name as "commentPostAuthor"
      from "Comment" c join "Post" p on p.id = c."postId"
      join "User" cu on cu.id = c."authorId" join "User" pu on pu.id = p."authorId"
      where c.id = a."commentId" and ${shownCommentSql(actor)}) sc on true
    where a.id = any(${ids}) and (a."answerId" is not null or a."postId" is not null or a."commentId" is not null)`;
  return new Map(
    rows.map((row) => [
      row.id,
      { answerId: row.answerId, postId: row.postId, commentId: row.commentId, source: sourceOf(row) },
    ]),
  );
}

function sourceOf(row: SourceRow): ActionItemSource {
  if (row.questionId)
    return {
      kind: "answer",
      label: `From ${firstName(row.answerAuthor ?? "someone")}'s answer to “${row.questionTitle}”`,
      href: `/ask/${row.questionId}`,
    };
  if (row.postId) {
    const excerpt = plainTextExcerpt(row.postBody ?? "", 90);
    return {
      kind: "post",
      label: `From ${firstName(row.postAuthor ?? "someone")}'s post${excerpt ? `: “${excerpt}”` : ""}`,
      href: `/posts/${row.postId}`,
    };
  }
  if (row.commentId)
    return {
      kind: "comment",
      label: `From ${firstName(row.commentAuthor ?? "someone")}'s comment on ${firstName(row.commentPostAuthor ?? "someone")}'s post`,
      href: `/posts/${row.commentPostId}#comment-${row.commentId}`,
    };
  return unseenSource(row);
}

/** A source the reader may not see: named by its kind, and as removed only where the reader would otherwise see it. */
function unseenSource(row: SourceRow): ActionItemSource {
  // Answers are public: one not shown is under a question that is no longer shown.
  if (row.kind === "answer")
    return { kind: "answer", label: "From an answer to a question that is no longer shown", href: null };
  const inReach = row.kind === "post" ? row.postInReach : row.commentInReach;
  return { kind: row.kind, label: `From a ${row.kind} ${inReach ? "that was removed" : "you can't see"}`, href: null };
}

export function toView(row: ItemRow, seen: SeenSource | undefined, now = new Date()): ActionItemView {
  return {
    ...toChip(row, now),
    answerId: seen?.answerId ?? null,
    postId: seen?.postId ?? null,
    commentId: seen?.commentId ?? null,
    description: row.description,
    declineReason: row.declineReason,
    completedAt: row.completedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    source: seen?.source ?? null,
  };
}

/**
 * Items in the order of `ids`, missing ones dropped, in a fixed number of statements whatever their
 * number: the items with their people (Prisma batches each relation), and their sources in one join.
 * Action items are public: everyone signed in may see every one. Their sources are not: a source the reader
 * may not see is named by its kind only, without text, id or link (see sourcesOf).
 */
export async function loadActionItemViews(actor: Actor, ids: string[], now = new Date()): Promise<ActionItemView[]> {
  if (ids.length === 0) return [];
  const [rows, sources] = await Promise.all([
    db.actionItem.findMany({ where: { id: { in: ids } }, select: actionItemSelect }),
    sourcesOf(actor, ids),
  ]);
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [toView(row, sources.get(id), now)] : [];
  });
}
