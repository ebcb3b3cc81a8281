import { createServer, type Server as HttpServer } from "node:http";
import type { AddressInfo } from "node:net";
import { encode } from "next-auth/jwt";
import type { Server } from "socket.io";
import { io as connectClient, type Socket } from "socket.io-client";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { joinCommunity } from "@/lib/communities/join-community";
import { removeMember } from "@/lib/communities/remove-member";
import { addMemberRow, createCommunityRow } from "@/lib/communities/test-fixtures";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { createPost } from "@/lib/posts/create-post";
import { EVENT_NAME, type RealtimeEvent } from "@/lib/realtime/events";
import { setRealtimeServer } from "@/lib/realtime/publish";
import { attachRealtime } from "@/lib/realtime/socket-server";
import { createUser } from "@/lib/test/factories";

const COOKIE = "authjs.session-token";
let httpServer: HttpServer;
let io: Server;
let socketDb: Db;
let baseUrl: string;
const clients: Socket[] = [];

async function connected(userId: string): Promise<{ socket: Socket; heard: RealtimeEvent[] }> {
  const jwt = await encode({ token: { sub: userId, sv: 0 }, secret: process.env.AUTH_SECRET ?? "", salt: COOKIE });
  const socket = connectClient(baseUrl, { transports: ["websocket"], extraHeaders: { cookie: `${COOKIE}=${jwt}` }, reconnection: false, forceNew: true });
  clients.push(socket);
  const heard: RealtimeEvent[] = [];
  socket.on(EVENT_NAME, (event: RealtimeEvent) => heard.push(event));
  await new Promise<void>((resolve, reject) => {
    socket.once("connect", () => resolve());
    socket.once("connect_error", reject);
  });
  return { socket, heard };
}

/** Waits until `heard` has an event of the type about the id, or fails after 5 s. */
async function heardEvent(heard: RealtimeEvent[], type: string, id: string) {
  const deadline = Date.now() + 5_000;
  while (!heard.some((event) => event.type === type && event.ids.includes(id))) {
    if (Date.now() > deadline) throw new Error(`no ${type} about ${id}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe("[COMMUNITIES] realtime audience", () => {
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
    if (httpServer?.listening) await new Promise<void>((resolve) => httpServer.close(() => resolve()));
    await socketDb?.$disconnect();
  });

  it("[COMMUNITIES] a secret community's new post reaches members (joined at connect and live), admins, and not outsiders or removed members", async () => {
    const community = await createCommunityRow("SECRET");
    const { actor: owner } = await createUser();
    const { actor: member } = await createUser();
    const { actor: outsider } = await createUser();
    const { actor: admin } = await createUser({ role: "ADMIN" });
    await addMemberRow(community.id, owner, "OWNER");
    await addMemberRow(community.id, member);
    const memberSocket = await connected(member.id);
    const outsiderSocket = await connected(outsider.id);
    const adminSocket = await connected(admin.id);

    const first = await createPost(owner, { body: "Secret agenda", communityId: community.id });
    await heardEvent(memberSocket.heard, "post.created", first.id);
    await heardEvent(adminSocket.heard, "post.created", first.id);

    // The outsider is invited and joins while connected: their open socket joins the room at once.
    await socketDb.communityInvitation.create({ data: { communityId: community.id, inviteeId: outsider.id, inviterId: owner.id } });
    await joinCommunity(outsider, { communityId: community.id });
    const second = await createPost(owner, { body: "Welcome aboard", communityId: community.id });
    await heardEvent(outsiderSocket.heard, "post.created", second.id);
    expect(outsiderSocket.heard.some((event) => event.type === "post.created" && event.ids.includes(first.id))).toBe(false);

    // Removed: the socket leaves the room, later posts do not reach it.
    await removeMember(owner, { communityId: community.id, userId: member.id });
    const third = await createPost(owner, { body: "After the removal", communityId: community.id });
    await heardEvent(outsiderSocket.heard, "post.created", third.id);
    expect(memberSocket.heard.some((event) => event.type === "post.created" && event.ids.includes(third.id))).toBe(false);
  });
});
