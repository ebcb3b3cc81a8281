import { SESSION_COOKIE } from "@/lib/auth/session-token";
import { createServer, type Server as HttpServer } from "node:http";
import type { AddressInfo } from "node:net";
import { encode } from "next-auth/jwt";
import type { Server } from "socket.io";
import { io as connectClient, type Socket } from "socket.io-client";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { EVENT_NAME, rooms, type RealtimeEvent, type RealtimeEventType } from "@/lib/realtime/events";
import { publish, setRealtimeServer } from "@/lib/realtime/publish";
import { attachRealtime } from "@/lib/realtime/socket-server";
import { createUser } from "@/lib/test/factories";

const COOKIE = SESSION_COOKIE;
const secret = process.env.AUTH_SECRET ?? "";

let httpServer: HttpServer;
let io: Server;
let socketDb: Db;
let baseUrl: string;
const clients: Socket[] = [];

/** An Auth.js session cookie as the app sets it after sign-in (lib/auth/config.ts puts `sub` and `sv` in the JWT). */
async function sessionCookie(userId: string, sessionVersion = 0, signingSecret = secret): Promise<string> {
  const jwt = await encode({ token: { sub: userId, sv: sessionVersion }, secret: signingSecret, salt: COOKIE });
  return `${COOKIE}=${jwt}`;
}

type Outcome = { connected: true; socket: Socket } | { connected: false; error: Error };

/** Opens a socket the way the browser does (polling first, then upgrade) and reports whether it was let in. */
function connect(cookie?: string): Promise<Outcome> {
  const socket = connectClient(baseUrl, {
    transports: ["polling", "websocket"],
    extraHeaders: cookie ? { cookie } : {},
    reconnection: false,
    forceNew: true,
    timeout: 60_000, // generous: a busy machine is slow, not broken
  });
  clients.push(socket);
  return new Promise((resolve) => {
    socket.once("connect", () => resolve({ connected: true, socket }));
    socket.once("connect_error", (error) => {
      socket.close();
      resolve({ connected: false, error });
    });
  });
}

/** "refused" only for the handshake answered 403 by allowRequest, so a server that is down does not pass as a refusal. */
async function attempt(cookie?: string): Promise<string> {
  const outcome = await connect(cookie);
  if (outcome.connected) return "connected";
  const status = (outcome.error as Error & { description?: unknown }).description;
  return status === 403 ? "refused" : `failed otherwise: ${outcome.error.message} (${String(status)})`;
}

async function connected(cookie: string): Promise<Socket> {
  const outcome = await connect(cookie);
  if (!outcome.connected) throw new Error(`expected the socket to connect, got: ${outcome.error.message}`);
  return outcome.socket;
}

/** Every event the socket receives, in order. */
function recorder(socket: Socket): RealtimeEvent[] {
  const events: RealtimeEvent[] = [];
  socket.on(EVENT_NAME, (event: RealtimeEvent) => events.push(event));
  return events;
}

function nextEvent(socket: Socket, type: RealtimeEventType): Promise<RealtimeEvent> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${type} event within 60 s`)), 60_000);
    const listener = (event: RealtimeEvent) => {
      if (event.type !== type) return;
      clearTimeout(timer);
      socket.off(EVENT_NAME, listener);
      resolve(event);
    };
    socket.on(EVENT_NAME, listener);
  });
}

describe("realtime socket server", () => {
  beforeAll(async () => {
    socketDb = createPrismaClient(inject("testDatabaseUrl"), 2);
    httpServer = createServer();
    io = attachRealtime(httpServer, { db: socketDb });
    await new Promise<void>((resolve) => httpServer.listen(0, "127.0.0.1", resolve));
    baseUrl = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    for (const socket of clients) socket.close();
    setRealtimeServer(undefined);
    await new Promise<void>((resolve) => void io?.close(() => resolve()));
    if (httpServer?.listening) await new Promise<void>((resolve) => httpServer.close(() => resolve()));
    await socketDb?.$disconnect();
  });

  it("[REALTIME] a socket without a session cookie is refused", async () => {
    expect(await attempt()).toBe("refused");
    expect(await attempt("theme=dark")).toBe("refused");
  });

  it("[REALTIME] a socket with a forged or foreign session cookie is refused", async () => {
    const { user } = await createUser();
    expect(await attempt(await sessionCookie(user.id, 0, "x".repeat(40)))).toBe("refused");
    expect(await attempt(`${COOKIE}=not-a-jwt`)).toBe("refused");
  });

  it("[REALTIME] a signed-in user's socket hears events for that user, and another user's socket does not", async () => {
    const { user: alice } = await createUser();
    const { user: bob } = await createUser();
    const aliceSocket = await connected(await sessionCookie(alice.id));
    const bobSocket = await connected(await sessionCookie(bob.id));
    const bobHeard = recorder(bobSocket);

    const forAlice = nextEvent(aliceSocket, "report.changed");
    publish(rooms.user(alice.id), { type: "report.changed", reportId: "x" });
    expect(await forAlice).toEqual({ type: "report.changed", reportId: "x" });

    // Events reach one socket in the order they were sent: once Bob has his own marker, Alice's event would
    // have arrived before it had it been sent to him.
    const bobMarker = nextEvent(bobSocket, "notification.read");
    publish(rooms.user(bob.id), { type: "notification.read" });
    await bobMarker;
    expect(bobHeard).toEqual([{ type: "notification.read" }]);

    // Both are in the everyone room and their role's room.
    const everyone = Promise.all([nextEvent(aliceSocket, "banner.changed"), nextEvent(bobSocket, "banner.changed")]);
    publish(rooms.everyone, { type: "banner.changed", bannerId: "b" });
    await everyone;
    const employees = nextEvent(bobSocket, "ama.changed");
    publish(rooms.role("EMPLOYEE"), { type: "ama.changed", amaSessionId: "a" });
    await employees;
  });

  it("[REALTIME] a session whose version was bumped (sign out everywhere) is refused", async () => {
    const { user } = await createUser();
    const cookie = await sessionCookie(user.id, 0);
    expect(await attempt(cookie)).toBe("connected");

    await socketDb.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
    expect(await attempt(cookie)).toBe("refused");
    expect(await attempt(await sessionCookie(user.id, 1))).toBe("connected");
  });

  it("[REALTIME] a deactivated user's session is refused", async () => {
    const { user } = await createUser();
    const cookie = await sessionCookie(user.id);
    expect(await attempt(cookie)).toBe("connected");

    await socketDb.user.update({ where: { id: user.id }, data: { deactivatedAt: new Date() } });
    expect(await attempt(cookie)).toBe("refused");
  });
});
