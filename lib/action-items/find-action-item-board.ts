import "server-only";
import { ACTION_STATUSES, type ActionStatus } from "@/lib/action-items/action-item-input";
import { ZActionItemFilters, filterSql } from "@/lib/action-items/action-item-filters";
import { queryActionItems, type ActionItemListEntry } from "@/lib/action-items/list-action-items";
import { defineUseCase } from "@/lib/auth/use-case";
import { db } from "@/lib/db";
import { z } from "zod";

export const BOARD_COLUMN_SIZE = 10;

export type BoardColumn = {
  status: ActionStatus;
  count: number;
  items: ActionItemListEntry[];
  nextCursor: string | null;
};

/**
 * The board: one column per status (only the filtered one when a status is chosen), each with its first
 * items and its total count. A fixed number of queries: one count, and two per column.
 */
export const findActionItemBoard = defineUseCase({
  input: ZActionItemFilters.extend({ limit: z.coerce.number().int().min(1).max(200).default(BOARD_COLUMN_SIZE) }),
  permission: "actionItems.read",
  run: async ({ actor, input }): Promise<BoardColumn[]> => {
    const { limit, ...filters } = input;
    const asOf = new Date();
    const statuses = filters.status ? [filters.status] : [...ACTION_STATUSES];
    const [counts, ...pages] = await Promise.all([
      db.$queryRaw<{ status: ActionStatus; count: number }[]>`
        select a.status::text as status, count(*)::int as count from "ActionItem" a
        where ${filterSql(actor, { ...filters, status: undefined }, asOf)} group by a.status`,
      ...statuses.map((status) => queryActionItems(actor, { ...filters, status }, "none", undefined, limit)),
    ]);
    return statuses.map((status, index) => ({
      status,
      count: counts.find((row) => row.status === status)?.count ?? 0,
      items: pages[index]?.items ?? [],
      nextCursor: pages[index]?.nextCursor ?? null,
    }));
  },
});
