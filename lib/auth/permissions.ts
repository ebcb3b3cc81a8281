import type { Role } from "@/lib/generated/prisma/enums";

// Every verb Hearth knows, mapped to the roles that hold it. Object-level questions ("may this person
// edit that profile?") are functions read as questions: below, and one guard module per domain
// (lib/communities/access.ts, lib/live-shows/access.ts, lib/ama/access.ts, lib/questions/question-abilities.ts,
// lib/challenges/challenge-view.ts). Use cases never compare roles themselves: an admin's reach over
// other people's things is a "…Any" verb here, so the rule has one home.
//
// The refusal policy, the same in every guard: what the actor may not see is NOT_FOUND (404), the answer an
// unknown id gets, so a refusal never confirms that something exists; what they can see but may not do is
// FORBIDDEN (403), with a sentence saying who may. Visibility goes in the query (a `…Where` helper), so a
// wrong id simply finds nothing.
const PERMISSIONS = {
  "people.read": ["EMPLOYEE", "LEADER", "ADMIN"],
  // Search finds only what the reader may see anyway: visibility is in each branch's query (lib/search/search.ts).
  "search.use": ["EMPLOYEE", "LEADER", "ADMIN"],
  "profile.updateOwn": ["EMPLOYEE", "LEADER", "ADMIN"],
  "profile.updateAny": ["ADMIN"],
  "banners.broadcast": ["ADMIN"],
  "banners.read": ["EMPLOYEE", "LEADER", "ADMIN"],
  "admin.access": ["ADMIN"],
  "posts.read": ["EMPLOYEE", "LEADER", "ADMIN"],
  "posts.create": ["EMPLOYEE", "LEADER", "ADMIN"],
  "posts.announce": ["LEADER", "ADMIN"],
  "announcements.confirm": ["EMPLOYEE", "LEADER", "ADMIN"],
  "announcements.receiptsAny": ["ADMIN"], // authors see who confirmed their own must-read announcement
  "posts.moderateAny": ["ADMIN"],
  "comments.create": ["EMPLOYEE", "LEADER", "ADMIN"],
  "reactions.set": ["EMPLOYEE", "LEADER", "ADMIN"],
  "follows.set": ["EMPLOYEE", "LEADER", "ADMIN"],
  "notifications.read": ["EMPLOYEE", "LEADER", "ADMIN"],
  "notifications.configure": ["EMPLOYEE", "LEADER", "ADMIN"], // own preferences, quiet hours, mutes and nudges
  "mail.outbox": ["ADMIN"],
  "uploads.create": ["EMPLOYEE", "LEADER", "ADMIN"],
  "questions.read": ["EMPLOYEE", "LEADER", "ADMIN"],
  "questions.ask": ["EMPLOYEE", "LEADER", "ADMIN"],
  "questions.vote": ["EMPLOYEE", "LEADER", "ADMIN"],
  "questions.answer": ["LEADER", "ADMIN"],
  "questions.moderate": ["ADMIN"],
  "questions.handOverAny": ["ADMIN"], // leaders hand over questions asked to them or to all leaders
  "ama.host": ["LEADER", "ADMIN"],
  "ama.endAny": ["ADMIN"], // hosts end their own AMA (lib/ama/access.ts)
  "actionItems.read": ["EMPLOYEE", "LEADER", "ADMIN"],
  "actionItems.assign": ["LEADER", "ADMIN"],
  // Communities: object-level rules (member, moderator, owner of THIS community) live in lib/communities/access.ts.
  "communities.read": ["EMPLOYEE", "LEADER", "ADMIN"],
  "communities.create": ["EMPLOYEE", "LEADER", "ADMIN"],
  "communities.join": ["EMPLOYEE", "LEADER", "ADMIN"],
  "communities.moderateAny": ["ADMIN"],
  "communities.health": ["ADMIN"],
  "reports.create": ["EMPLOYEE", "LEADER", "ADMIN"],
  "moderation.queueAll": ["ADMIN"],
  "moderation.restore": ["ADMIN"],
  "audit.read": ["ADMIN"],
  "jobs.manage": ["ADMIN"], // background jobs: see runs and failures, retry a failed run (/admin/jobs)
  // Accounts: invite, roles, deactivation, import, SCIM tokens and how people sign in (lib/people/admin/, lib/sso/).
  "people.manage": ["ADMIN"],
  // Pride and fun
  "pride.create": ["EMPLOYEE", "LEADER", "ADMIN"],
  "pride.read": ["EMPLOYEE", "LEADER", "ADMIN"],
  "values.manage": ["ADMIN"],
  "appreciation.give": ["LEADER", "ADMIN"],
  "polls.create": ["EMPLOYEE", "LEADER", "ADMIN"],
  "polls.vote": ["EMPLOYEE", "LEADER", "ADMIN"],
  "challenges.read": ["EMPLOYEE", "LEADER", "ADMIN"],
  "challenges.create": ["LEADER", "ADMIN"], // community owners too, for their community (object-level)
  "challenges.enter": ["EMPLOYEE", "LEADER", "ADMIN"],
  "challenges.vote": ["EMPLOYEE", "LEADER", "ADMIN"],
  "challenges.closeAny": ["ADMIN"], // creators close their own challenge
  "liveShows.read": ["EMPLOYEE", "LEADER", "ADMIN"],
  "liveShows.schedule": ["LEADER", "ADMIN"],
  "liveShows.rsvp": ["EMPLOYEE", "LEADER", "ADMIN"],
  "liveShows.comment": ["EMPLOYEE", "LEADER", "ADMIN"],
  "liveShows.manageAny": ["ADMIN"], // hosts and schedulers manage their own show (lib/live-shows/access.ts)
  // Insights: admins see the organisation; leaders and managers (anyone with reports) their own people,
  // scoped in the query (lib/insights/insights-scope.ts). Employees without reports are refused there.
  "insights.read": ["EMPLOYEE", "LEADER", "ADMIN"],
  "insights.organisation": ["ADMIN"],
  // Data rights (lib/privacy): everyone exports and erases their own account; admins erase on request and set the
  // organisation's erasure and retention rules.
  "privacy.exportOwn": ["EMPLOYEE", "LEADER", "ADMIN"],
  "privacy.eraseOwn": ["EMPLOYEE", "LEADER", "ADMIN"],
  "privacy.eraseAny": ["ADMIN"],
  "privacy.manage": ["ADMIN"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export type Actor = { id: string; role: Role; name: string; handle: string; title: string };

export function can(actor: Pick<Actor, "role">, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(actor.role);
}

/** The roles that hold a verb, for queries that pick people by what they may do (e.g. who may host a show). */
export function rolesWith(permission: Permission): Role[] {
  return [...PERMISSIONS[permission]];
}

export function canEditProfile(actor: Actor, profileUserId: string): boolean {
  return actor.id === profileUserId ? can(actor, "profile.updateOwn") : can(actor, "profile.updateAny");
}

/** Authors edit their own words; nobody else does (moderators remove, they do not rewrite). */
export function canEditContent(actor: Actor, authorId: string): boolean {
  return actor.id === authorId;
}

/** Authors delete their own words; moderators and admins remove with a reason instead (lib/moderation/remove-content.ts). */
export function canDeleteContent(actor: Actor, authorId: string): boolean {
  return actor.id === authorId;
}
