import "server-only";
// Live show events and notification group keys, for the use cases and the reminder job in server.ts.
import { rooms } from "@/lib/realtime/events";
import { publish } from "@/lib/realtime/publish";

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
  publish([rooms.show(showId), rooms.everyone], { type: showEvents.changed, showId });
}
