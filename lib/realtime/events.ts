// What travels over the socket: an event type and the ids it concerns, never content. Clients refetch what
// they may see through the same domain functions as any other read. This registry is the one list of
// events, shared by the server (lib/realtime/publish.ts) and the browser (components/realtime/*): each type
// names its id fields, so a publisher and a handler cannot disagree about what `ids[0]` meant.

/** Every event Hearth publishes, with the ids it carries. Add a type here first; both sides follow. */
export type RealtimeEventMap = {
  "session.revoked": { userId: string };
  "post.created": { postId: string };
  /** A moment of pride was shared (published beside post.created, to the same rooms): the home page's "Now" counts it. */
  "pride.created": { postId: string };
  "post.updated": { postId: string };
  "post.deleted": { postId: string };
  "reaction.changed": { postId: string };
  "appreciation.changed": { postId: string };
  "poll.updated": { postId: string };
  "comment.created": { postId: string; commentId: string };
  "comment.deleted": { postId: string; commentId: string };
  "notification.created": Record<never, never>;
  "notification.read": Record<never, never>;
  "community.members": { communityId: string };
  "community.changed": { communityId: string };
  "focus.changed": { communityId: string; focusItemId: string };
  "ama.changed": { amaSessionId: string };
  /** sourceId: the post or comment the action item came from, if any. */
  "actionItem.created": { actionItemId: string; sourceId: string | null };
  "actionItem.updated": { actionItemId: string; sourceId: string | null };
  "question.created": { questionId: string };
  "question.updated": { questionId: string };
  "question.answered": { questionId: string };
  "live.show": { showId: string };
  "live.comment": { commentId: string };
  "live.comment.updated": { commentId: string };
  "live.reaction": { reactionId: string };
  "live.viewers": { showId: string };
  "banner.changed": { bannerId: string };
  "report.changed": { reportId: string };
  "challenge.updated": { challengeId: string };
  /** To the author of a must-read announcement (and admins): someone confirmed it. */
  "announcement.confirmed": { postId: string };
};

export type RealtimeEventType = keyof RealtimeEventMap;

/** One event of type `T` as it travels: `{ type, ...its ids }`. */
export type RealtimeEventOf<T extends RealtimeEventType> = { [K in T]: { type: K } & RealtimeEventMap[K] }[T];

export type RealtimeEvent = RealtimeEventOf<RealtimeEventType>;

/** The events after which a shown post's view may have changed; each names the post (`postId`). */
export const POST_CHANGE_EVENTS = [
  "post.updated",
  "post.deleted",
  "reaction.changed",
  "comment.created",
  "comment.deleted",
  "appreciation.changed",
  "poll.updated",
] as const satisfies readonly RealtimeEventType[];

/** The ids an event concerns, whatever their names: for listeners that only ask "is this about X?". */
export function idsOf(event: RealtimeEvent): string[] {
  return Object.entries(event).flatMap(([key, value]) => (key !== "type" && typeof value === "string" ? [value] : []));
}

export const rooms = {
  everyone: "everyone",
  user: (id: string) => `user:${id}`,
  role: (role: string) => `role:${role}`,
  // The members of one community (joined at connect, and live as membership changes).
  community: (id: string) => `community:${id}`,
  // Joined on request only, after lib/live-shows/show-room.ts says the user may see the show.
  show: (id: string) => `show:${id}`,
} as const;

export const EVENT_NAME = "hearth:event";
