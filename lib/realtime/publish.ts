import type { Server } from "socket.io";
import { EVENT_NAME, rooms, type RealtimeEvent } from "@/lib/realtime/events";

// server.ts puts the socket.io server here; route handlers and server actions run in the same
// process but in Next's bundle, so a global is the one thing both sides share.
const holder = globalThis as unknown as { hearthIo?: Server };

export function setRealtimeServer(io: Server | undefined) {
  holder.hearthIo = io;
}

/** Call only after the transaction that made the change has committed. */
export function publish(room: string | string[], event: RealtimeEvent): void {
  holder.hearthIo?.to(room).emit(EVENT_NAME, event);
}

/** Closes every open socket of a user (their sessions were revoked); they must reconnect and be checked again. */
export function disconnectUser(room: string): void {
  holder.hearthIo?.in(room).disconnectSockets(true);
}

/**
 * Closes every open socket of one user, on every server (the socket.io adapter carries it): deactivation, a role
 * change. A single function so a cluster-wide variant can replace its body.
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
