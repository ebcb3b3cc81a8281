import "server-only";
import { z } from "zod";
import {
  ZActionItemFilters,
  filterSql,
  orderKeySql,
  rankSql,
  type ActionItemFilters,
} from "@/lib/action-items/action-item-filters";
import { loadActionItemViews, type ActionItemView } from "@/lib/action-items/action-item-view";
import type { PersonRef } from "@/lib/people/person-ref";
import type { Actor } from "@/lib/auth/permissions";
import { defineUseCase } from "@/lib/auth/use-case";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { decodeKeyset, encodeCursor, ZCursor, type Page } from "@/lib/pagination";

export const ACTION_PAGE_SIZE = 20;
export const ACTION_GROUPINGS = ["none", "assignee", "leader"] as const;
export type ActionGrouping = (typeof ACTION_GROUPINGS)[number];

export const ZListActionItemsInput = ZActionItemFilters.extend({
  group: z.enum(ACTION_GROUPINGS).default("none"),
  cursor: ZCursor,
  // Up to 200 so that a live list can refetch everything it shows in one request.
  limit: z.coerce.number().int().min(1).max(200).default(ACTION_PAGE_SIZE),
});

/** One row of a list: the item, and in a grouped list the person it is filed under (an item with two assignees is under both). */
export type ActionItemListEntry = { key: string; item: ActionItemView; group: PersonRef | null };

type Row = { id: string; groupId: string | null; groupName: string | null; rank: number; k: number };

/**
 * Action items in the one order every list uses (overdue first, then by due day, finished last),
 * flat or grouped by assignee or by the leader who assigned them. Keyset on the sort key as of the
 * first page's moment, kept in the cursor, so pages neither repeat nor skip an item. Two queries a
 * page: the keys, then the items with their people and sources.
 */
export const listActionItems = defineUseCase({
  input: ZListActionItemsInput,
  permission: "actionItems.read",
  run: async ({ actor, input }): Promise<Page<ActionItemListEntry>> =>
    queryActionItems(actor, input, input.group, input.cursor, input.limit),
});

export async function queryActionItems(
  actor: Actor,
  filters: ActionItemFilters,
  group: ActionGrouping,
  cursor: string | undefined,
  limit: number,
): Promise<Page<ActionItemListEntry>> {
  // The first page's moment, then the sort key of the last row shown (with its group's name and id when grouped).
  const after =
    group === "none"
      ? decodeKeyset(cursor, ["date", "number", "number", "string"])
      : decodeKeyset(cursor, ["date", "string", "string", "number", "number", "string"]);
  const asOf = after ? new Date(after[0]) : new Date();
  const keyset = !after
    ? Prisma.empty
    : after.length === 4
      ? Prisma.sql`where (rank, k, id) > (${after[1]}::int, ${after[2]}::float8, ${after[3]})`
      : Prisma.sql`where ("groupName", "groupId", rank, k, id) > (${after[1]}, ${after[2]}, ${after[3]}::int, ${after[4]}::float8, ${after[5]})`;

  const groupJoin =
    group === "assignee"
      ? Prisma.sql`join "ActionItemAssignee" x on x."actionItemId" = a.id join "User" g on g.id = x."userId"`
      : group === "leader"
        ? Prisma.sql`join "User" g on g.id = a."assignerId"`
        : Prisma.empty;
  const groupColumns =
    group === "none"
      ? Prisma.sql`null::text as "groupId", null::text as "groupName"`
      : Prisma.sql`g.id as "groupId", g.name as "groupName"`;
  // Filtering by an assignee in the assignee view shows that person's group only.
  const groupFilter =
    group === "assignee" && filters.assignee ? Prisma.sql`and g.id = ${filters.assignee}` : Prisma.empty;
  const order = group === "none" ? Prisma.sql`rank, k, id` : Prisma.sql`"groupName", "groupId", rank, k, id`;

  const rows = await db.$queryRaw<Row[]>`
    select * from (
      select a.id, ${groupColumns}, ${rankSql(asOf)} as rank, ${orderKeySql} as k
      from "ActionItem" a ${groupJoin}
      where ${filterSql(actor, filters, asOf)} ${groupFilter}
    ) s
    ${keyset}
    order by ${order}
    limit ${limit + 1}`;

  const page = rows.slice(0, limit);
  const views = await loadActionItemViews(actor, [...new Set(page.map((row) => row.id))], asOf);
  const byId = new Map(views.map((view) => [view.id, view]));
  const items = page.flatMap((row): ActionItemListEntry[] => {
    const item = byId.get(row.id);
    if (!item) return [];
    const person =
      group === "leader"
        ? item.assigner
        : group === "assignee"
          ? item.assignees.find((p) => p.id === row.groupId)
          : undefined;
    return [{ key: `${row.groupId ?? "all"}:${row.id}`, item, group: person ?? null }];
  });
  const last = page.at(-1);
  const lastKey =
    last &&
    (group === "none"
      ? [last.rank, last.k, last.id]
      : [last.groupName ?? "", last.groupId ?? "", last.rank, last.k, last.id]);
  return { items, nextCursor: rows.length > limit && lastKey ? encodeCursor([asOf.toISOString(), ...lastKey]) : null };
}
