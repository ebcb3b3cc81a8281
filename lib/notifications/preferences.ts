import type { DigestFrequency, NotificationCategory, NotificationType } from "@/lib/generated/prisma/enums";

// What each person may turn on and off, and the defaults for those who never did. Pure: the one notification
// writer (lib/notifications/notify.ts), the settings screen and the mail jobs all read it.

export const CATEGORIES = [
  "MENTIONS",
  "REPLIES",
  "REACTIONS",
  "PRIDE",
  "ANSWERS",
  "ACTION_ITEMS",
  "COMMUNITY",
  "LIVE_SHOWS",
] as const satisfies readonly NotificationCategory[];

export const CATEGORY_LABELS: Record<NotificationCategory, { label: string; hint: string }> = {
  MENTIONS: { label: "Mentions", hint: "Someone @mentions you in a post or comment." },
  REPLIES: { label: "Comments and replies", hint: "On your posts and your comments." },
  REACTIONS: { label: "Reactions", hint: "Colleagues react to what you wrote." },
  PRIDE: { label: "Pride credits", hint: "You are credited in a moment of pride or thanked by a leader." },
  ANSWERS: { label: "Questions and answers", hint: "Answers to questions you asked or follow; questions for you." },
  ACTION_ITEMS: { label: "Action items", hint: "Assigned to you, updated, or overdue." },
  COMMUNITY: { label: "Community activity", hint: "New posts, invitations, requests and challenges." },
  LIVE_SHOWS: { label: "Live shows", hint: "Scheduled, starting soon, on air." },
};

/** null: always delivered in-app, never switched off (a moderator's notice, an announcement, a nudge). */
export const CATEGORY_OF = {
  COMMENT: "REPLIES",
  REPLY: "REPLIES",
  MENTION: "MENTIONS",
  REACTION: "REACTIONS",
  ANNOUNCEMENT: null,
  FOLLOW: null,
  QUESTION_ASKED: "ANSWERS",
  QUESTION_ANSWERED: "ANSWERS",
  QUESTION_HANDED_OVER: "ANSWERS",
  QUESTION_HIDDEN: null,
  ACTION_ASSIGNED: "ACTION_ITEMS",
  ACTION_UPDATED: "ACTION_ITEMS",
  ACTION_OVERDUE: "ACTION_ITEMS",
  COMMUNITY_JOIN_REQUEST: "COMMUNITY",
  COMMUNITY_JOIN_APPROVED: "COMMUNITY",
  COMMUNITY_JOIN_DECLINED: "COMMUNITY",
  COMMUNITY_INVITED: "COMMUNITY",
  COMMUNITY_ROLE_CHANGED: "COMMUNITY",
  COMMUNITY_REVIEW_DUE: "COMMUNITY",
  COMMUNITY_GOING_COLD: "COMMUNITY",
  COMMUNITY_POST: "COMMUNITY",
  CONTENT_REMOVED: null,
  REPORT_FILED: null,
  PRIDE_TAGGED: "PRIDE",
  APPRECIATED: "PRIDE",
  CHALLENGE_OPENED: "COMMUNITY",
  CHALLENGE_WON: "COMMUNITY",
  LIVE_SHOW_SCHEDULED: "LIVE_SHOWS",
  LIVE_SHOW_REMINDER: "LIVE_SHOWS",
  LIVE_SHOW_STARTED: "LIVE_SHOWS",
  NUDGE: null,
  DATA_EXPORT_READY: null,
} as const satisfies Record<NotificationType, NotificationCategory | null>;

/** Reminders from the background jobs: written in quiet hours, they wait for the next morning, in-app too. */
export const REMINDER_TYPES: ReadonlySet<NotificationType> = new Set([
  "ACTION_OVERDUE",
  "COMMUNITY_REVIEW_DUE",
  "COMMUNITY_GOING_COLD",
  "NUDGE",
]);

export const DIGEST_FREQUENCIES = ["DAILY", "WEEKLY", "MONTHLY", "NEVER"] as const satisfies readonly DigestFrequency[];
export const DIGEST_DAYS: Record<Exclude<DigestFrequency, "NEVER">, number> = { DAILY: 1, WEEKLY: 7, MONTHLY: 30 };

export type NotificationPrefs = {
  inApp: NotificationCategory[];
  email: NotificationCategory[];
  digest: DigestFrequency;
  quietStart: number;
  quietEnd: number;
};

/**
 * What matters when away goes by e-mail by default; everything is in-app; a weekly digest. Quiet hours are the
 * person's choice (the settings screen offers 22:00–07:00): start = end means none.
 */
export const DEFAULT_PREFS: NotificationPrefs = {
  inApp: [...CATEGORIES],
  email: ["MENTIONS", "ACTION_ITEMS", "ANSWERS"],
  digest: "WEEKLY",
  quietStart: 0,
  quietEnd: 0,
};
export const SUGGESTED_QUIET = { quietStart: 22 * 60, quietEnd: 7 * 60 };

export function prefsOf(row: NotificationPrefs | null | undefined): NotificationPrefs {
  return row
    ? { inApp: row.inApp, email: row.email, digest: row.digest, quietStart: row.quietStart, quietEnd: row.quietEnd }
    : DEFAULT_PREFS;
}

export function wantsInApp(prefs: NotificationPrefs, type: NotificationType): boolean {
  const category = CATEGORY_OF[type];
  return category === null || prefs.inApp.includes(category);
}

export function wantsEmail(prefs: NotificationPrefs, type: NotificationType): boolean {
  const category = CATEGORY_OF[type];
  return category !== null && prefs.email.includes(category);
}
