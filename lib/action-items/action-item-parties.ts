import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { can } from "@/lib/auth/permissions";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ActionStatus } from "@/lib/action-items/action-item-input";

export type ItemParties = {
  id: string;
  status: ActionStatus;
  title: string;
  description: string;
  dueDate: Date | null;
  assignerId: string;
  assigneeIds: string[];
  answerId: string | null;
  postId: string | null;
  commentId: string | null;
};

/** The item with who is party to it, or NOT_FOUND. Read inside the writing transaction. */
export async function loadItemParties(tx: Tx, itemId: string): Promise<ItemParties> {
  const item = await tx.actionItem.findUnique({
    where: { id: itemId },
    select: {
      id: true,
      status: true,
      title: true,
      description: true,
      dueDate: true,
      assignerId: true,
      answerId: true,
      postId: true,
      commentId: true,
      assignees: { select: { userId: true } },
    },
  });
  if (!item) throw new AppError("NOT_FOUND", "That action item does not exist.");
  const { assignees, ...rest } = item;
  return { ...rest, assigneeIds: assignees.map((assignee) => assignee.userId) };
}

/** Assignees and the assigner move an item and report progress on it; nobody else does. */
export function isParty(actor: Pick<Actor, "id">, item: Pick<ItemParties, "assignerId" | "assigneeIds">): boolean {
  return item.assignerId === actor.id || item.assigneeIds.includes(actor.id);
}

export function requireParty(actor: Actor, item: ItemParties): void {
  if (!isParty(actor, item))
    throw new AppError(
      "FORBIDDEN",
      "Only the people this item is assigned to, and the person who assigned it, can change it.",
    );
}

/** The assigner, or an admin, rewrites an item and reassigns it. */
export function canEditItem(actor: Actor, item: Pick<ItemParties, "assignerId">): boolean {
  return item.assignerId === actor.id ? can(actor, "actionItems.assign") : can(actor, "admin.access");
}

/** Everyone on the item except the actor: who hears of a change. */
export function otherParties(
  actor: Pick<Actor, "id">,
  item: Pick<ItemParties, "assignerId" | "assigneeIds">,
): string[] {
  return [...new Set([item.assignerId, ...item.assigneeIds])].filter((id) => id !== actor.id);
}
