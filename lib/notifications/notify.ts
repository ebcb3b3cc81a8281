// No "server-only": the background checks in server.ts (outside Next's bundle) notify through here too.
import type { Tx } from "@/lib/db/client";
import type { NotificationType } from "@/lib/generated/prisma/client";
import { publish } from "@/lib/realtime/publish";
import { rooms } from "@/lib/realtime/events";

export type NewNotification = {
  recipientId: string;
  type: NotificationType;
  /** null: the system (a reminder, a health check) or an anonymous act. */
  actorId: string | null;
  postId?: string;
  commentId?: string;
  questionId?: string;
  actionItemId?: string;
  communityId?: string;
  challengeId?: string;
  liveShowId?: string;
  /** Text the recipient must read, e.g. the reason a moderator removed their post. */
  detail?: string;
  groupKey: string;
};

/**
 * Writes notifications inside the caller's transaction. Nobody is notified of their own act, and
 * one recipient gets one row per event even when several rules match (a reply that also mentions).
 * Returns the recipients, to publish to after commit.
 */
export async function createNotifications(tx: Tx, rows: NewNotification[]): Promise<string[]> {
  const seen = new Set<string>();
  const data = rows.filter((row) => {
    if (row.recipientId === row.actorId || seen.has(row.recipientId)) return false;
    seen.add(row.recipientId);
    return true;
  });
  if (data.length > 0) await tx.notification.createMany({ data });
  return [...seen];
}

/** After commit: tells each recipient's open tabs to refetch their notifications. */
export function publishNotifications(recipientIds: string[]): void {
  if (recipientIds.length === 0) return;
  publish(recipientIds.map(rooms.user), { type: "notification.created" });
}
