import "server-only";
import type { IncomingMessage, Server as HttpServer } from "node:http";
import { createAdapter } from "@socket.io/redis-streams-adapter";
import type { Redis } from "ioredis";
import { Server } from "socket.io";
import { actorFromCookieHeader } from "@/lib/auth/session-actor";
import type { Db } from "@/lib/db/client";
import { createShowPresence, roomForShow } from "@/lib/live-shows/show-room";
import { rooms } from "@/lib/realtime/events";
import { setRealtimeServer } from "@/lib/realtime/publish";
import { redisForAdapter, redisPrefix } from "@/lib/redis";

type SocketUser = { id: string; role: string };
type AuthenticatedRequest = IncomingMessage & { hearthUser?: SocketUser | null };

/**
 * socket.io on the app's own HTTP server. A socket without a valid, current Auth.js session is refused
 * before it connects; an accepted one joins only the rooms its user may hear.
 *
 * With REDIS_URL (or `redis` given) the rooms span every server: the Redis Streams adapter carries each emit, join,
 * leave and disconnect to all of them, and catches up on the stream after a Redis outage. Connection-state
 * recovery stays off on purpose: a recovered socket would get back its old rooms without the membership checks
 * below, so a client always reconnects afresh and refetches (components/realtime/realtime-provider.tsx).
 */
export function attachRealtime(
  httpServer: HttpServer,
  { db, redis = redisForAdapter() }: { db: Db; redis?: Redis | null },
): Server {
  const prefix = redisPrefix();
  // destroyUpgrade off: Next's own websocket (dev HMR) shares the server and must not be cut off.
  const io = new Server(httpServer, {
    ...(redis && {
      adapter: createAdapter(redis, {
        streamName: `${prefix}socket.io`,
        channelPrefix: `${prefix}socket.io`,
        sessionKeyPrefix: `${prefix}socket.io:session:`,
        // Room events carry ids only (lib/realtime/events.ts): no binary to look for.
        onlyPlaintext: true,
      }),
    }),
    serveClient: false,
    cors: { origin: false },
    destroyUpgrade: false,
    // Refuse the HTTP handshake itself (403) when there is no current session, not just the namespace.
    allowRequest: (req, callback) => {
      // The same session reader as every HTTP request (lib/auth/session-actor.ts): a current, active session.
      actorFromCookieHeader(req.headers.cookie).then(
        (user) => {
          (req as AuthenticatedRequest).hearthUser = user;
          callback(user ? null : "unauthorized", Boolean(user));
        },
        () => callback("unauthorized", false),
      );
    },
  });

  io.use((socket, nextFn) => {
    const user = (socket.request as AuthenticatedRequest).hearthUser;
    if (!user) return nextFn(new Error("unauthorized"));
    socket.data.userId = user.id;
    socket.data.role = user.role;
    nextFn();
  });

  // Each community the user belongs to is a room too, looked up before the socket counts as connected so that
  // no event slips past in between; later joins and leaves move open sockets live (setUserInRoom in publish.ts).
  io.use((socket, nextFn) => {
    db.communityMember.findMany({ where: { userId: socket.data.userId }, select: { communityId: true } }).then(
      (memberships) => {
        socket.data.communityRooms = memberships.map((row) => rooms.community(row.communityId));
        nextFn();
      },
      () => nextFn(new Error("unavailable")),
    );
  });

  const showPresence = createShowPresence(db);
  io.on("connection", (socket) => {
    void socket.join([
      rooms.everyone,
      rooms.user(socket.data.userId),
      rooms.role(socket.data.role),
      ...(socket.data.communityRooms as string[]),
    ]);
    const userId: string = socket.data.userId;
    const shows = new Set<string>();

    // Rooms beyond the automatic ones are asked for and granted by a domain check, never taken.
    socket.on("show:join", (showId: unknown, ack?: unknown) => {
      const answer = typeof ack === "function" ? (ack as (ok: boolean) => void) : () => {};
      roomForShow(db, userId, showId).then(
        (room) => {
          if (!room || typeof showId !== "string") return answer(false);
          void socket.join(room);
          if (!shows.has(showId)) showPresence.enter(showId, userId);
          shows.add(showId);
          answer(true);
        },
        () => answer(false),
      );
    });
    socket.on("show:leave", (showId: unknown) => {
      if (typeof showId !== "string" || !shows.delete(showId)) return;
      void socket.leave(rooms.show(showId));
      showPresence.leave(showId, userId);
    });
    socket.on("disconnect", () => shows.forEach((showId) => showPresence.leave(showId, userId)));
  });

  setRealtimeServer(io);
  return io;
}
