import type { Tx } from "@/lib/db/client";
import type { NotificationType } from "@/lib/generated/prisma/enums";
import { rooms } from "@/lib/realtime/events";
import { publish } from "@/lib/realtime/publish";

// Action item notifications carry the item (so the list links to /actions/<id>) and may have no actor
// (overdue reminders come from Hearth itself). Kept apart from lib/notifications/notify.ts, whose rows
// are about posts; this file has no "server-only" so that the reminder job outside Next can use it.

export type ActionNotification = {
  recipientId: string;
  type: NotificationType;
  actorId: string | null;
  actionItemId: string;
  groupKey: string;
};

/** Writes in the caller's transaction; never to the actor, once per recipient. Returns the recipients. */
export async function createActionNotifications(tx: Tx, rows: ActionNotification[]): Promise<string[]> {
  const seen = new Set<string>();
  const data = rows.filter((row) => {
    if (row.recipientId === row.actorId || seen.has(`${row.recipientId}:${row.actionItemId}`)) return false;
    seen.add(`${row.recipientId}:${row.actionItemId}`);
    return true;
  });
  if (data.length > 0) await tx.notification.createMany({ data });
  return [...new Set(data.map((row) => row.recipientId))];
}

/** After commit: each recipient's open tabs refetch their notifications. */
export function publishNotifications(recipientIds: string[]): void {
  if (recipientIds.length === 0) return;
  publish(recipientIds.map(rooms.user), { type: "notification.created" });
}

export const actionGroupKey = {
  assigned: (itemId: string) => `action-assigned:${itemId}`,
  updated: (itemId: string) => `action-updated:${itemId}`,
  overdue: (itemId: string) => `action-overdue:${itemId}`,
};
