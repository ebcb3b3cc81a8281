// No "server-only": the background checks in server.ts (outside Next's bundle) notify through here too.
import type { Tx } from "@/lib/db/client";
import type { NotificationType } from "@/lib/generated/prisma/client";
import { prefsOf, REMINDER_TYPES, wantsEmail, wantsInApp } from "@/lib/notifications/preferences";
import { nextAllowed } from "@/lib/notifications/quiet-hours";
import { publish } from "@/lib/realtime/publish";
import { rooms } from "@/lib/realtime/events";

// The one writer of notifications: every use case and background job that tells someone something writes through
// createNotifications, inside its own transaction, and calls publishNotifications after commit.

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
  nudgeId?: string;
  groupKey: string;
};

/** How long a notification waits, unread, before it is e-mailed: what arrives together goes out in one mail. */
export const EMAIL_AFTER_MS = 10 * 60_000;

/**
 * How one write keeps one notification per recipient and event, per kind:
 * - "event": one row per recipient for the whole write, whichever row comes first (rows are listed by priority:
 *   a reply that also mentions the post's author tells them of the reply only);
 * - "subject": one row per recipient and subject (the action item, the community, the challenge), so a write about
 *   several subjects (a reminder job's batch) tells a recipient of each once.
 * And for every kind: nobody is notified of their own act (recipient = actor; a null actor drops nobody, so an
 * anonymous asker's absence never points at them).
 */
export const DEDUP_RULES = {
  COMMENT: "event",
  REPLY: "event",
  MENTION: "event",
  REACTION: "event",
  ANNOUNCEMENT: "event",
  FOLLOW: "event",
  QUESTION_ASKED: "event",
  QUESTION_ANSWERED: "event",
  QUESTION_HANDED_OVER: "event",
  QUESTION_HIDDEN: "event",
  ACTION_ASSIGNED: "subject",
  ACTION_UPDATED: "subject",
  ACTION_OVERDUE: "subject",
  COMMUNITY_JOIN_REQUEST: "event",
  COMMUNITY_JOIN_APPROVED: "event",
  COMMUNITY_JOIN_DECLINED: "event",
  COMMUNITY_INVITED: "event",
  COMMUNITY_ROLE_CHANGED: "event",
  COMMUNITY_REVIEW_DUE: "subject",
  COMMUNITY_GOING_COLD: "subject",
  COMMUNITY_POST: "event",
  CONTENT_REMOVED: "event",
  REPORT_FILED: "event",
  PRIDE_TAGGED: "event",
  APPRECIATED: "event",
  CHALLENGE_OPENED: "event",
  CHALLENGE_WON: "subject",
  LIVE_SHOW_SCHEDULED: "event",
  LIVE_SHOW_REMINDER: "event",
  LIVE_SHOW_STARTED: "event",
  NUDGE: "subject",
  DATA_EXPORT_READY: "event",
} as const satisfies Record<NotificationType, "event" | "subject">;

function dedupKey(row: NewNotification): string {
  if (DEDUP_RULES[row.type] === "event") return `event:${row.recipientId}`;
  const subject = row.actionItemId ?? row.communityId ?? row.challengeId ?? row.nudgeId;
  if (!subject) throw new Error(`A ${row.type} notification needs its subject (action item, community or challenge).`);
  return `subject:${row.recipientId}:${subject}`;
}

/**
 * Writes notifications inside the caller's transaction by DEDUP_RULES and each recipient's calm settings:
 * nothing about a community, post thread or question they muted; nothing of a kind they turned off in-app and
 * by e-mail (off in-app but on by e-mail: written as read, so only the mail carries it); reminders written in
 * their quiet hours are dated the next morning; the e-mail channel sets emailAfter, never inside quiet hours.
 * Returns the recipients, to publish to after commit.
 */
export async function createNotifications(tx: Tx, rows: NewNotification[], now = new Date()): Promise<string[]> {
  const seen = new Set<string>();
  const deduped = rows.filter((row) => {
    const key = dedupKey(row);
    if (row.recipientId === row.actorId || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (deduped.length === 0) return [];
  const recipientIds = [...new Set(deduped.map((row) => row.recipientId))];
  const postIds = [...new Set(deduped.flatMap((row) => (row.postId ? [row.postId] : [])))];
  const [people, mutes, posts] = await Promise.all([
    tx.user.findMany({
      where: { id: { in: recipientIds } },
      select: { id: true, timeZone: true, notificationSettings: true },
    }),
    tx.mute.findMany({
      where: { userId: { in: recipientIds } },
      select: { userId: true, communityId: true, postId: true, questionId: true },
    }),
    postIds.length === 0
      ? []
      : tx.post.findMany({ where: { id: { in: postIds } }, select: { id: true, communityId: true } }),
  ]);
  const personById = new Map(people.map((person) => [person.id, person]));
  const muted = new Set(mutes.map((mute) => `${mute.userId}:${mute.communityId ?? mute.postId ?? mute.questionId}`));
  const communityOfPost = new Map(posts.map((post) => [post.id, post.communityId]));
  const isMuted = (row: NewNotification) =>
    [row.communityId, row.postId, row.questionId, row.postId && communityOfPost.get(row.postId)].some(
      (subject) => subject && muted.has(`${row.recipientId}:${subject}`),
    );

  const data = deduped.flatMap((row) => {
    const person = personById.get(row.recipientId);
    if (!person || isMuted(row)) return [];
    const prefs = prefsOf(person.notificationSettings);
    const inApp = wantsInApp(prefs, row.type);
    const email = wantsEmail(prefs, row.type);
    if (!inApp && !email) return [];
    const quiet = { timeZone: person.timeZone, quietStart: prefs.quietStart, quietEnd: prefs.quietEnd };
    const createdAt = REMINDER_TYPES.has(row.type) ? nextAllowed(now, quiet) : now;
    return [
      {
        ...row,
        createdAt,
        readAt: inApp ? null : createdAt,
        emailAfter: email ? nextAllowed(new Date(createdAt.getTime() + EMAIL_AFTER_MS), quiet) : null,
      },
    ];
  });
  if (data.length > 0) await tx.notification.createMany({ data });
  return [...new Set(data.map((row) => row.recipientId))];
}

/** After commit: tells each recipient's open tabs to refetch their notifications. */
export function publishNotifications(recipientIds: string[]): void {
  if (recipientIds.length === 0) return;
  publish([...new Set(recipientIds)].map(rooms.user), { type: "notification.created" });
}
