import { can, type Actor } from "@/lib/auth/permissions";

type ShowParties = { hostId: string; createdById: string | null };

// Object-level rules for live shows, read as questions. Every show is company-wide: everyone with
// "liveShows.read" sees every show, so visibility needs no where clause beyond the id.

/** The host, whoever scheduled it, or an admin may edit, cancel, go live and end it, and highlight comments. */
export function canManageShow(actor: Actor, show: ShowParties): boolean {
  return actor.id === show.hostId || actor.id === show.createdById || can(actor, "liveShows.manageAny");
}

/** Thanking is the host's gesture on air (admins may stand in); it needs "appreciation.give". */
export function canThankInShow(actor: Actor, show: ShowParties): boolean {
  return can(actor, "appreciation.give") && (actor.id === show.hostId || can(actor, "liveShows.manageAny"));
}

/** Attendance figures are for the people who run the show. */
export function canSeeAttendance(actor: Actor, show: ShowParties): boolean {
  return canManageShow(actor, show);
}
