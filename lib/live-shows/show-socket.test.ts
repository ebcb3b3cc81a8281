import { createServer, type Server as HttpServer } from "node:http";
import type { AddressInfo } from "node:net";
import { encode } from "next-auth/jwt";
import type { Server } from "socket.io";
import { io as connectClient, type Socket } from "socket.io-client";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { viewersOf } from "@/lib/live-shows/presence";
import { insertShow } from "@/lib/live-shows/test-fixtures";
import { EVENT_NAME, rooms, type RealtimeEvent } from "@/lib/realtime/events";
import { publish, setRealtimeServer } from "@/lib/realtime/publish";
import { attachRealtime } from "@/lib/realtime/socket-server";
import { createUser } from "@/lib/test/factories";

const COOKIE = "authjs.session-token";
let httpServer: HttpServer;
let io: Server;
let socketDb: Db;
let baseUrl: string;
const clients: Socket[] = [];

async function connectAs(userId: string): Promise<Socket> {
  const jwt = await encode({ token: { sub: userId, sv: 0 }, secret: process.env.AUTH_SECRET ?? "", salt: COOKIE });
  const socket = connectClient(baseUrl, { transports: ["websocket"], extraHeaders: { cookie: `${COOKIE}=${jwt}` }, reconnection: false, forceNew: true });
  clients.push(socket);
  await new Promise<void>((resolve, reject) => {
    socket.once("connect", () => resolve());
    socket.once("connect_error", reject);
  });
  return socket;
}

const join = (socket: Socket, showId: unknown) => socket.timeout(5_000).emitWithAck("show:join", showId) as Promise<boolean>;

describe("joining a show's room over the socket", () => {
  beforeAll(async () => {
    socketDb = createPrismaClient(inject("testDatabaseUrl"), 2);
    httpServer = createServer();
    io = attachRealtime(httpServer, { db: socketDb, secret: process.env.AUTH_SECRET ?? "" });
    await new Promise<void>((resolve) => httpServer.listen(0, "127.0.0.1", resolve));
    baseUrl = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    for (const socket of clients) socket.close();
    setRealtimeServer(undefined);
    await new Promise<void>((resolve) => void io?.close(() => resolve()));
    await socketDb?.$disconnect();
  });

  it("[SHOWS] a join is granted only for a show that exists; only joined sockets hear the room; disconnecting ends presence", async () => {
    const { user: host } = await createUser({ role: "LEADER" });
    const { user: viewer } = await createUser();
    const { user: outsider } = await createUser();
    const show = await insertShow(host.id);
    const viewerSocket = await connectAs(viewer.id);
    const outsiderSocket = await connectAs(outsider.id);

    expect(await join(outsiderSocket, "no-such-show")).toBe(false);
    expect(await join(outsiderSocket, { sneaky: true })).toBe(false);
    expect(await join(viewerSocket, show.id)).toBe(true);
    expect(viewersOf(show.id)).toEqual([viewer.id]);

    const heard: RealtimeEvent[] = [];
    outsiderSocket.on(EVENT_NAME, (event: RealtimeEvent) => heard.push(event));
    const arrived = new Promise<RealtimeEvent>((resolve) => viewerSocket.once(EVENT_NAME, resolve));
    publish(rooms.show(show.id), { type: "live.comment", ids: ["c1"] });
    expect(await arrived).toEqual({ type: "live.comment", ids: ["c1"] });
    // Same-server ordering: a marker to the outsider arrives after anything sent to it before.
    const marker = new Promise((resolve) => outsiderSocket.once(EVENT_NAME, resolve));
    publish(rooms.user(outsider.id), { type: "marker", ids: [] });
    await marker;
    expect(heard.filter((event) => event.type === "live.comment")).toEqual([]);

    viewerSocket.close();
    await expect.poll(() => viewersOf(show.id)).toEqual([]);
  });
});
