// Who is watching which show right now, kept by the socket server in this process. Route handlers run
// in Next's bundle in the same process, so the map lives on globalThis (as lib/realtime/publish.ts does).
// Counted per user, not per socket: two tabs are one viewer.

type Presence = Map<string, Map<string, number>>; // showId → userId → open sockets
const holder = globalThis as unknown as { hearthShowPresence?: Presence };

function presence(): Presence {
  holder.hearthShowPresence ??= new Map();
  return holder.hearthShowPresence;
}

/** Returns true when the user was not yet present (the viewer count changed). */
export function enterShow(showId: string, userId: string): boolean {
  const users = presence().get(showId) ?? new Map<string, number>();
  presence().set(showId, users);
  const sockets = users.get(userId) ?? 0;
  users.set(userId, sockets + 1);
  return sockets === 0;
}

/** Returns true when the user's last socket left (the viewer count changed). */
export function leaveShow(showId: string, userId: string): boolean {
  const users = presence().get(showId);
  const sockets = users?.get(userId) ?? 0;
  if (!users || sockets === 0) return false;
  if (sockets > 1) {
    users.set(userId, sockets - 1);
    return false;
  }
  users.delete(userId);
  if (users.size === 0) presence().delete(showId);
  return true;
}

export function viewersOf(showId: string): string[] {
  return [...(presence().get(showId)?.keys() ?? [])];
}

export function watchedShows(): string[] {
  return [...presence().keys()];
}
