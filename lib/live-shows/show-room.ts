import "server-only";
// The socket side of a show's page: lib/realtime/socket-server.ts calls these with its own database client.
// Socket handlers never decide on their own; these do.
import { can } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import { enterShow, leaveShow, viewersOf, watchedShows } from "@/lib/live-shows/presence";
import { showEvents } from "@/lib/live-shows/show-notifications";
import { rooms } from "@/lib/realtime/events";
import { publish } from "@/lib/realtime/publish";

const VIEWER_PUBLISH_DEBOUNCE_MS = 1_000;
export const ATTENDANCE_SWEEP_MS = 60_000;

/**
 * May this user join `show:<id>`? Shows are company-wide, so every active user who may read shows may,
 * for a show that exists. Returns the room, or null (the socket is not told why).
 */
export async function roomForShow(db: Db, userId: string, showId: unknown): Promise<string | null> {
  if (typeof showId !== "string" || showId.length === 0 || showId.length > 40) return null;
  const [user, show] = await Promise.all([
    db.user.findFirst({ where: { id: userId, deactivatedAt: null }, select: { role: true } }),
    db.liveShow.findUnique({ where: { id: showId }, select: { id: true } }),
  ]);
  if (!user || !can(user, "liveShows.read") || !show) return null;
  return rooms.show(show.id);
}

/**
 * While a show is LIVE: everyone present has an attendance row (first seen kept, last seen now) and
 * peakViewers holds the most distinct viewers seen at once. Idempotent; run on every change and periodically.
 */
export async function recordAttendance(db: Db, showId: string, now = new Date()): Promise<void> {
  const viewers = viewersOf(showId);
  if (viewers.length === 0) return;
  const show = await db.liveShow.findUnique({ where: { id: showId }, select: { status: true } });
  if (show?.status !== "LIVE") return;
  await db.$transaction([
    db.$executeRaw`
      insert into "LiveAttendance" ("showId", "userId", "firstSeenAt", "lastSeenAt")
      select ${showId}, u, ${now}, ${now} from unnest(${viewers}::text[]) as u
      on conflict ("showId", "userId") do update set "lastSeenAt" = excluded."lastSeenAt"`,
    db.$executeRaw`update "LiveShow" set "peakViewers" = greatest("peakViewers", ${viewers.length}) where id = ${showId}`,
  ]);
}

/** Tracks one socket's presence in a show's room; viewer-count changes are published at most once a second per show. */
export function createShowPresence(db: Db) {
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const changed = (showId: string) => {
    if (timers.has(showId)) return;
    const timer = setTimeout(() => {
      timers.delete(showId);
      publish(rooms.show(showId), { type: showEvents.viewers, showId });
      recordAttendance(db, showId).catch((error: unknown) =>
        console.error("[hearth] live show attendance failed:", error),
      );
    }, VIEWER_PUBLISH_DEBOUNCE_MS);
    timer.unref();
    timers.set(showId, timer);
  };
  // Unref'd like the debounce timers: a closing server does not wait for the next sweep.
  const sweep = setInterval(() => {
    for (const showId of watchedShows())
      recordAttendance(db, showId).catch((error: unknown) =>
        console.error("[hearth] live show attendance failed:", error),
      );
  }, ATTENDANCE_SWEEP_MS);
  sweep.unref();

  return {
    enter(showId: string, userId: string) {
      if (enterShow(showId, userId)) changed(showId);
    },
    leave(showId: string, userId: string) {
      if (leaveShow(showId, userId)) changed(showId);
    },
  };
}
