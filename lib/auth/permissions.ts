import type { Role } from "@/lib/generated/prisma/enums";

// Every verb Hearth knows, mapped to the roles that hold it. Object-level questions
// ("may this person edit that profile?") are functions below, read as questions.
const PERMISSIONS = {
  "people.read": ["EMPLOYEE", "LEADER", "ADMIN"],
  "profile.updateOwn": ["EMPLOYEE", "LEADER", "ADMIN"],
  "profile.updateAny": ["ADMIN"],
  "banners.broadcast": ["ADMIN"],
  "banners.read": ["EMPLOYEE", "LEADER", "ADMIN"],
  "admin.access": ["ADMIN"],
  "posts.read": ["EMPLOYEE", "LEADER", "ADMIN"],
  "posts.create": ["EMPLOYEE", "LEADER", "ADMIN"],
  "posts.announce": ["LEADER", "ADMIN"],
  "posts.moderateAny": ["ADMIN"],
  "comments.create": ["EMPLOYEE", "LEADER", "ADMIN"],
  "reactions.set": ["EMPLOYEE", "LEADER", "ADMIN"],
  "follows.set": ["EMPLOYEE", "LEADER", "ADMIN"],
  "notifications.read": ["EMPLOYEE", "LEADER", "ADMIN"],
  "uploads.create": ["EMPLOYEE", "LEADER", "ADMIN"],
  "questions.read": ["EMPLOYEE", "LEADER", "ADMIN"],
  "questions.ask": ["EMPLOYEE", "LEADER", "ADMIN"],
  "questions.vote": ["EMPLOYEE", "LEADER", "ADMIN"],
  "questions.answer": ["LEADER", "ADMIN"],
  "questions.moderate": ["ADMIN"],
  "ama.host": ["LEADER", "ADMIN"],
  "actionItems.read": ["EMPLOYEE", "LEADER", "ADMIN"],
  "actionItems.assign": ["LEADER", "ADMIN"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export type Actor = { id: string; role: Role; name: string; handle: string; title: string };

export function can(actor: Pick<Actor, "role">, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(actor.role);
}

export function canEditProfile(actor: Actor, profileUserId: string): boolean {
  return actor.id === profileUserId ? can(actor, "profile.updateOwn") : can(actor, "profile.updateAny");
}

/** Authors edit their own words; nobody else does (moderators remove, they do not rewrite). */
export function canEditContent(actor: Actor, authorId: string): boolean {
  return actor.id === authorId;
}

export function canDeleteContent(actor: Actor, authorId: string): boolean {
  return actor.id === authorId || can(actor, "posts.moderateAny");
}
