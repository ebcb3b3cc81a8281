import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { encode } from "next-auth/jwt";
import { io as connectClient, type Socket } from "socket.io-client";
import { inject } from "vitest";
import { SESSION_COOKIE } from "@/lib/auth/session-token";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { setRealtimeServer } from "@/lib/realtime/publish";
import { attachRealtime } from "@/lib/realtime/socket-server";

// Test-only: the real socket server on a free port, with signed-in clients (an Auth.js cookie made with the test
// secret, as the app sets it after sign-in). Call `close` in afterAll.
const COOKIE = SESSION_COOKIE;

export type RealtimeHarness = {
  /** The socket server's own database client (the one attachRealtime got). */
  db: Db;
  connectAs: (userId: string) => Promise<Socket>;
  close: () => Promise<void>;
};

export async function startRealtimeHarness(): Promise<RealtimeHarness> {
  const db = createPrismaClient(inject("testDatabaseUrl"), 2);
  const httpServer = createServer();
  const io = attachRealtime(httpServer, { db });
  await new Promise<void>((resolve) => httpServer.listen(0, "127.0.0.1", resolve));
  const baseUrl = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
  const clients: Socket[] = [];

  return {
    db,
    async connectAs(userId) {
      const jwt = await encode({ token: { sub: userId, sv: 0 }, secret: process.env.AUTH_SECRET ?? "", salt: COOKIE });
      const socket = connectClient(baseUrl, {
        transports: ["websocket"],
        extraHeaders: { cookie: `${COOKIE}=${jwt}` },
        reconnection: false,
        forceNew: true,
      });
      clients.push(socket);
      await new Promise<void>((resolve, reject) => {
        socket.once("connect", () => resolve());
        socket.once("connect_error", reject);
      });
      return socket;
    },
    async close() {
      for (const socket of clients) socket.close();
      setRealtimeServer(undefined);
      await new Promise<void>((resolve) => void io.close(() => resolve()));
      if (httpServer.listening) await new Promise<void>((resolve) => httpServer.close(() => resolve()));
      await db.$disconnect();
    },
  };
}
