import "server-only";
import { z } from "zod";
import { ACTION_STATUSES, isActiveStatus, type ActionStatus } from "@/lib/action-items/action-item-input";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { personRefJson, personRefSelect, ZPersonRef } from "@/lib/people/person-ref";
import { iso } from "@/lib/posts/sql-json";
import { shownContentWhere } from "@/lib/posts/visibility";

// An action item's chip, where it shows under its source. One shape, built by Prisma (actionItemChipSelect +
// toChip: action item pages, comment threads) or by SQL (actionItemChipsJson: inside post views);
// action-item-chip.test.ts holds the two equal for the same rows.

export const ZActionItemChip = z.strictObject({
  id: z.string(),
  title: z.string(),
  status: z.enum(ACTION_STATUSES),
  dueDate: z.string().nullable(),
  isOverdue: z.boolean(),
  assigner: ZPersonRef,
  assignees: z.array(ZPersonRef),
  answerId: z.string().nullable(),
  postId: z.string().nullable(),
  commentId: z.string().nullable(),
});
export type ActionItemChip = z.infer<typeof ZActionItemChip>;

// What a chip shows: enough to read "Review the rota — assigned to Kees by Maria (CEO), in progress, due 12 Dec".
export const actionItemChipSelect = {
  id: true,
  title: true,
  status: true,
  dueDate: true,
  answerId: true,
  postId: true,
  commentId: true,
  assigner: { select: personRefSelect },
  assignees: { select: { user: { select: personRefSelect } }, orderBy: { user: { name: "asc" } } },
} satisfies Prisma.ActionItemSelect;

type ChipRow = Prisma.ActionItemGetPayload<{ select: typeof actionItemChipSelect }>;

/** Past its due day and still open or in progress. */
export function isOverdue(item: { status: ActionStatus; dueDate: Date | null }, now = new Date()): boolean {
  return isActiveStatus(item.status) && item.dueDate !== null && item.dueDate.getTime() < now.getTime();
}

export function toChip(row: ChipRow, now = new Date()): ActionItemChip {
  return {
    id: row.id,
    title: row.title,
    status: row.status,
    dueDate: row.dueDate?.toISOString() ?? null,
    isOverdue: isOverdue(row, now),
    assigner: row.assigner,
    assignees: row.assignees.map((assignee) => assignee.user),
    answerId: row.answerId,
    postId: row.postId,
    commentId: row.commentId,
  };
}

/**
 * toChip in SQL: the chips of the items assigned from the post `postId` (an SQL expression, e.g. p.id), oldest
 * first, as a JSON array (empty, not null, when there are none). A correlated subselect: no per-post query.
 */
export const actionItemChipsJson = (postId: Prisma.Sql) => Prisma.sql`coalesce((select json_agg(json_build_object(
    'id', a.id, 'title', a.title, 'status', a.status, 'dueDate', ${iso(Prisma.sql`a."dueDate"`)},
    'isOverdue', a.status in ('OPEN', 'IN_PROGRESS') and a."dueDate" is not null and a."dueDate" < now(),
    'assigner', ${personRefJson("au")},
    'assignees', coalesce((select json_agg(${personRefJson("x")} order by x.name)
                           from "ActionItemAssignee" aa join "User" x on x.id = aa."userId"
                           where aa."actionItemId" = a.id), '[]'),
    'answerId', a."answerId", 'postId', a."postId", 'commentId', a."commentId") order by a."createdAt", a.id)
  from "ActionItem" a join "User" au on au.id = a."assignerId" where a."postId" = ${postId}), '[]')`;

/** Chips of the items made from any of these sources, oldest first. One findMany for a whole page of posts. */
export async function loadActionItemChips(
  where: { postIds?: string[]; commentIds?: string[]; answerIds?: string[]; commentsOfPostId?: string },
  now = new Date(),
): Promise<ActionItemChip[]> {
  const or: Prisma.ActionItemWhereInput[] = [
    ...(where.postIds?.length ? [{ postId: { in: where.postIds } }] : []),
    ...(where.commentsOfPostId ? [{ comment: { postId: where.commentsOfPostId, ...shownContentWhere } }] : []),
    ...(where.commentIds?.length ? [{ commentId: { in: where.commentIds } }] : []),
    ...(where.answerIds?.length ? [{ answerId: { in: where.answerIds } }] : []),
  ];
  if (or.length === 0) return [];
  const rows = await db.actionItem.findMany({
    where: { OR: or },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 500,
    select: actionItemChipSelect,
  });
  return rows.map((row) => toChip(row, now));
}
