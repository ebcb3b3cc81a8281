// Live show notifications. No "server-only": the reminder job in server.ts (outside Next's bundle) uses it too.
import type { Tx } from "@/lib/db/client";
import type { NotificationType } from "@/lib/generated/prisma/enums";
import { rooms } from "@/lib/realtime/events";
import { publish } from "@/lib/realtime/publish";

export type ShowNotification = { recipientId: string; type: NotificationType; actorId: string | null; liveShowId: string; groupKey: string; detail?: string };

/** Writes in the caller's transaction; never to the actor, once per recipient. Returns the recipients. */
export async function createShowNotifications(tx: Tx, rows: ShowNotification[]): Promise<string[]> {
  const seen = new Set<string>();
  const data = rows.filter((row) => {
    if (row.recipientId === row.actorId || seen.has(row.recipientId)) return false;
    seen.add(row.recipientId);
    return true;
  });
  if (data.length > 0) await tx.notification.createMany({ data });
  return [...seen];
}

/** After commit: each recipient's open tabs refetch their notifications. */
export function publishShowNotifications(recipientIds: string[]): void {
  if (recipientIds.length === 0) return;
  publish(recipientIds.map(rooms.user), { type: "notification.created", ids: [] });
}

export const showGroupKey = {
  scheduled: (showId: string) => `live-scheduled:${showId}`,
  reminder: (showId: string) => `live-reminder:${showId}`,
  started: (showId: string) => `live-started:${showId}`,
  thanked: (commentId: string) => `live-thanked:${commentId}`,
};

/** What the show's own page listens to: the show changed (status, details, RSVPs), comments, reactions, viewers. */
export const showEvents = {
  changed: "live.show",
  comment: "live.comment",
  commentUpdated: "live.comment.updated",
  reaction: "live.reaction",
  viewers: "live.viewers",
} as const;

/** Tells everyone on the show's page (and the /events list) after commit. */
export function publishShowChanged(showId: string): void {
  publish([rooms.show(showId), rooms.everyone], { type: showEvents.changed, ids: [showId] });
}
