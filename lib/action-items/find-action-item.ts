import "server-only";
import { z } from "zod";
import { STATUS_MOVES, type ActionStatus } from "@/lib/action-items/action-item-input";
import { canEditItem, isParty } from "@/lib/action-items/action-item-parties";
import { loadActionItemViews, type ActionItemView } from "@/lib/action-items/action-item-view";
import { personRefSelect, type PersonRef } from "@/lib/people/person-ref";
import { defineUseCase } from "@/lib/auth/use-case";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { ZId } from "@/lib/id";

const MAX_HISTORY = 500;

export type ActionItemHistoryEntry = {
  id: string;
  author: PersonRef;
  body: string;
  fromStatus: ActionStatus | null;
  toStatus: ActionStatus | null;
  createdAt: string;
};

export type ActionItemDetail = ActionItemView & {
  history: ActionItemHistoryEntry[];
  canUpdate: boolean; // may post progress and move the status
  canEdit: boolean; // may rewrite and reassign
  moves: ActionStatus[]; // where the actor may move it from here
};

/** One item with its whole history, oldest first, and what the actor may do with it. Public to everyone signed in. */
export const findActionItem = defineUseCase({
  input: z.object({ itemId: ZId }),
  permission: "actionItems.read",
  run: async ({ actor, input }): Promise<ActionItemDetail> => {
    const [[item], history] = await Promise.all([
      loadActionItemViews(actor, [input.itemId]),
      db.actionItemUpdate.findMany({
        where: { actionItemId: input.itemId },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        take: MAX_HISTORY,
        select: {
          id: true,
          body: true,
          fromStatus: true,
          toStatus: true,
          createdAt: true,
          author: { select: personRefSelect },
        },
      }),
    ]);
    if (!item) throw new AppError("NOT_FOUND", "That action item does not exist.");
    const parties = { assignerId: item.assigner.id, assigneeIds: item.assignees.map((person) => person.id) };
    const canUpdate = isParty(actor, parties);
    return {
      ...item,
      history: history.map((entry) => ({ ...entry, createdAt: entry.createdAt.toISOString() })),
      canUpdate,
      canEdit: canEditItem(actor, parties),
      moves: canUpdate ? STATUS_MOVES[item.status] : [],
    };
  },
});
