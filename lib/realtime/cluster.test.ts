import { createServer, type Server as HttpServer } from "node:http";
import type { AddressInfo } from "node:net";
import { Redis } from "ioredis";
import { encode } from "next-auth/jwt";
import type { Server } from "socket.io";
import { io as connectClient, type Socket } from "socket.io-client";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { SESSION_COOKIE } from "@/lib/auth/session-token";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { EVENT_NAME, rooms, type RealtimeEvent } from "@/lib/realtime/events";
import {
  addUserToRoom,
  disconnectUserSockets,
  publish,
  removeUserFromRoom,
  setRealtimeServer,
} from "@/lib/realtime/publish";
import { attachRealtime } from "@/lib/realtime/socket-server";
import { createUser } from "@/lib/test/factories";
import { NO_REDIS_MESSAGE, redisAnswersAt, TEST_REDIS_URL, testRedisPrefix } from "@/lib/test/redis";

// Two socket servers in this process, each with its own Redis connection and the same key prefix, as two Hearth
// servers would have: publish() and the membership calls go through server A; the clients sit on server B.
type Node = { http: HttpServer; io: Server; redis: Redis; url: string };

const reachable = await redisAnswersAt();
if (!reachable) console.warn(NO_REDIS_MESSAGE);

describe.skipIf(!reachable)("[REALTIME] two socket servers through Redis", () => {
  let db: Db;
  let a: Node;
  let b: Node;
  const clients: Socket[] = [];

  async function start(): Promise<Node> {
    const redis = new Redis(TEST_REDIS_URL);
    const http = createServer();
    const io = attachRealtime(http, { db, redis });
    await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
    return { http, io, redis, url: `http://127.0.0.1:${(http.address() as AddressInfo).port}` };
  }

  async function connectTo(node: Node, userId: string): Promise<Socket> {
    const jwt = await encode({
      token: { sub: userId, sv: 0 },
      secret: process.env.AUTH_SECRET ?? "",
      salt: SESSION_COOKIE,
    });
    const socket = connectClient(node.url, {
      transports: ["websocket"],
      extraHeaders: { cookie: `${SESSION_COOKIE}=${jwt}` },
      reconnection: false,
      forceNew: true,
    });
    clients.push(socket);
    await new Promise<void>((resolve, reject) => {
      socket.once("connect", () => resolve());
      socket.once("connect_error", reject);
    });
    return socket;
  }

  function heard(socket: Socket): RealtimeEvent[] {
    const events: RealtimeEvent[] = [];
    socket.on(EVENT_NAME, (event: RealtimeEvent) => events.push(event));
    return events;
  }

  function next(socket: Socket, type: RealtimeEvent["type"]): Promise<RealtimeEvent> {
    return new Promise((resolve) => {
      const listener = (event: RealtimeEvent) => {
        if (event.type !== type) return;
        socket.off(EVENT_NAME, listener);
        resolve(event);
      };
      socket.on(EVENT_NAME, listener);
    });
  }

  /** Waits until a room-membership change made on A has reached B (the adapter applies them asynchronously). */
  async function until(check: () => boolean) {
    for (let i = 0; i < 600 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(check()).toBe(true);
  }

  beforeAll(async () => {
    process.env.REDIS_PREFIX = testRedisPrefix("realtime");
    db = createPrismaClient(inject("testDatabaseUrl"), 2);
    b = await start();
    a = await start(); // attached last: publish() and the membership calls go through A
  });

  afterAll(async () => {
    for (const socket of clients) socket.close();
    setRealtimeServer(undefined);
    for (const node of [a, b].filter(Boolean)) {
      await new Promise<void>((resolve) => void node.io.close(() => resolve()));
      node.redis.disconnect();
    }
    await db?.$disconnect();
    delete process.env.REDIS_PREFIX;
  });

  it("an event published on A reaches a socket on B, and only the room it was meant for", async () => {
    const { user: alice } = await createUser();
    const { user: bob } = await createUser();
    const aliceOnB = await connectTo(b, alice.id);
    const bobOnB = await connectTo(b, bob.id);
    const bobHeard = heard(bobOnB);

    const forAlice = next(aliceOnB, "report.changed");
    publish(rooms.user(alice.id), { type: "report.changed", reportId: "r1" });
    expect(await forAlice).toEqual({ type: "report.changed", reportId: "r1" });

    const marker = next(bobOnB, "notification.read");
    publish(rooms.user(bob.id), { type: "notification.read" });
    await marker;
    expect(bobHeard).toEqual([{ type: "notification.read" }]);
  });

  it("joining and leaving a room on A moves the person's sockets on B", async () => {
    const { user } = await createUser();
    const onB = await connectTo(b, user.id);
    const events = heard(onB);
    const room = rooms.community(`c-${Date.now()}`);
    const inRoomOnB = () => [...(b.io.of("/").adapter.rooms.get(room) ?? [])].includes(onB.id!);

    addUserToRoom(user.id, room);
    await until(inRoomOnB);
    const first = next(onB, "community.members");
    publish(room, { type: "community.members", communityId: "c1" });
    await first;

    removeUserFromRoom(user.id, room);
    await until(() => !inRoomOnB());
    publish(room, { type: "community.members", communityId: "c2" });
    const marker = next(onB, "notification.read");
    publish(rooms.user(user.id), { type: "notification.read" });
    await marker;
    expect(events).toEqual([{ type: "community.members", communityId: "c1" }, { type: "notification.read" }]);
  });

  it("disconnecting a user on A closes their sockets on B, and nobody else's", async () => {
    const { user } = await createUser();
    const { user: other } = await createUser();
    const first = await connectTo(b, user.id);
    const second = await connectTo(a, user.id);
    const bystander = await connectTo(b, other.id);
    const closed = (socket: Socket) =>
      new Promise<string>((resolve) => socket.once("disconnect", (reason) => resolve(reason)));
    const reasons = Promise.all([closed(first), closed(second)]);
    disconnectUserSockets(user.id);
    expect(await reasons).toEqual(["io server disconnect", "io server disconnect"]);
    expect(bystander.connected).toBe(true);
  });
});
