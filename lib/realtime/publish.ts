import type { Server } from "socket.io";
import { EVENT_NAME, rooms, type RealtimeEvent } from "@/lib/realtime/events";

// server.ts puts the socket.io server here; route handlers and server actions run in the same
// process but in Next's bundle, so a global is the one thing both sides share.
// Every call below reaches every server when REDIS_URL is set (the adapter in socket-server.ts carries it), and only
// this process's sockets otherwise: callers never need to know which.
const holder = globalThis as unknown as { hearthIo?: Server };

export function setRealtimeServer(io: Server | undefined) {
  holder.hearthIo = io;
}

/** Call only after the transaction that made the change has committed. */
export function publish(room: string | string[], event: RealtimeEvent): void {
  holder.hearthIo?.to(room).emit(EVENT_NAME, event);
}

/** Closes every open socket in a room, on every server; their clients must reconnect and be checked again. */
export function disconnectUser(room: string): void {
  holder.hearthIo?.in(room).disconnectSockets(true);
}

/**
 * Closes every open socket of a user on every server (sessions revoked, account deactivated): a reconnect passes the
 * session check again and is refused if the session is no longer current. Call after the change has committed.
 */
export function disconnectUserSockets(userId: string): void {
  disconnectUser(rooms.user(userId));
}

/** Membership changed: the user's open sockets join or leave a room (call after the change has committed). */
export function setUserInRoom(userId: string, room: string, present: boolean): void {
  const sockets = holder.hearthIo?.in(rooms.user(userId));
  if (present) sockets?.socketsJoin(room);
  else sockets?.socketsLeave(room);
}

/** The user's open sockets, on every server, stop hearing `room` (removed, banned, left). */
export function removeUserFromRoom(userId: string, room: string): void {
  setUserInRoom(userId, room, false);
}

/** The user's open sockets, on every server, start hearing `room` (joined, invited, approved). */
export function addUserToRoom(userId: string, room: string): void {
  setUserInRoom(userId, room, true);
}
