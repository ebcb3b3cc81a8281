import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import compression from "compression";
import next from "next";
import { refuseOversizedForm } from "@/lib/action-body-limit";
import { clientIpOfRequest, stampClientIp } from "@/lib/client-ip";
import { createPrismaClient } from "@/lib/db/client";
import { env } from "@/lib/env";
import { closeRedis, connectRedis } from "@/lib/redis";
import { requestContext } from "@/lib/request-context";
import { allowServerOnlyModules } from "@/lib/server-only-hook";
import { isDraining, runShutdownHooks, startDraining } from "@/lib/shutdown";

/** One process, one port: Next's request handler, the hot JSON routes and socket.io share the HTTP server. */
export async function startServer({ dev }: { dev: boolean }) {
  const config = env();
  allowServerOnlyModules();
  // Loaded after the hook, never statically: the hot routes, the socket server and the background jobs import
  // lib/ modules marked "server-only", as every module that reaches the database may be.
  const [{ serveHealthProbe }, { serveHotRoute }, { closeConnection }, { attachRealtime }, { startJobRunner }] =
    await Promise.all([
      import("@/lib/health/probes"),
      import("@/lib/hot-routes"),
      import("@/lib/db"),
      import("@/lib/realtime/socket-server"),
      import("@/lib/jobs/runner"),
      import("@/lib/jobs/catalog"),
    ]);
  const httpServer = createServer();
  const app = next({ dev, hostname: "localhost", port: config.PORT, httpServer });
  const handle = app.getRequestHandler();
  await app.prepare();
  // With REDIS_URL, count the first requests' rate limits in Redis already (a Redis that is down does not stop us).
  await connectRedis();

  const socketDb = createPrismaClient(config.DATABASE_URL, 3);
  const io = attachRealtime(httpServer, { db: socketDb });
  // Background jobs (reminders, closings, health checks, link previews; lib/jobs/catalog.ts): every server runs a
  // runner, and the PostgreSQL queue gives each period's run and each queued job to one of them.
  const jobs = await startJobRunner({ databaseUrl: config.DATABASE_URL, db: socketDb });

  // gzip/brotli for every answer above 1 KB, pages and the hot routes alike; HEARTH_COMPRESSION=off when a proxy in
  // front already compresses (next.config.ts leaves it to us, so there is one switch).
  const compress = config.HEARTH_COMPRESSION ? compression() : null;

  httpServer.on("request", (req, res) => {
    // The socket's address, for limits per address; never the client's word (lib/client-ip.ts). Every handler below
    // runs inside the request context, so a use case's write limit also counts the address (lib/rate-limit-guard.ts).
    stampClientIp(req);
    requestContext.run({ ip: clientIpOfRequest(req, { trustProxy: config.TRUST_PROXY }) }, () => serve(req, res));
  });

  function serve(req: IncomingMessage, res: ServerResponse) {
    // socket.io answers its own path; everything else, including Next's HMR websocket, is Next's.
    if (req.url?.startsWith("/socket.io/")) return;
    // Draining (SIGTERM): answer what arrives on open connections, and ask each client to come back on a new one.
    if (isDraining()) res.setHeader("Connection", "close");
    // Liveness and readiness for a load balancer, before anything else (lib/health/probes.ts).
    if (serveHealthProbe(req, res)) return;
    if (compress) compress(req as never, res as never, () => route(req, res));
    else route(req, res);
  }

  function route(req: IncomingMessage, res: ServerResponse) {
    // The hottest JSON reads skip Next's route machinery; same domain functions, same checks (lib/hot-routes.ts).
    if (serveHotRoute(req, res)) return;
    // A form too large for any server action gets a 413 with a sentence; Next would answer its own limit with a 500.
    if (refuseOversizedForm(req, res)) return;
    // Lets the signed-out redirect come back to the page asked for; always ours, never the client's.
    req.headers["x-hearth-path"] = req.url ?? "/";
    void handle(req, res);
  }

  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(config.PORT, config.HOSTNAME, () => resolve());
  });

  let closing: Promise<void> | undefined;
  return {
    /**
     * Graceful: stop accepting connections (readiness turns 503), let requests in flight finish (at most
     * HEARTH_SHUTDOWN_TIMEOUT_MS), close the sockets so their clients reconnect to another server and refetch, run
     * the shutdown hooks (lib/shutdown.ts: job locks and the like), then close the pools and Redis.
     */
    close() {
      closing ??= (async () => {
        startDraining();
        const drained = new Promise<void>((resolve) => httpServer.close(() => resolve()));
        httpServer.closeIdleConnections();
        // Closing the transport (not a "server disconnect") is what makes socket.io clients reconnect on their own.
        // Its callback waits for the HTTP server to close, as `drained` does, so it is not awaited on its own.
        void io.close();
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([
          drained,
          new Promise<void>((resolve) => {
            timer = setTimeout(resolve, config.HEARTH_SHUTDOWN_TIMEOUT_MS);
          }),
        ]);
        clearTimeout(timer);
        httpServer.closeAllConnections(); // whatever outlived the timeout
        await jobs.stop(); // runs in progress get their time; what does not finish is retried elsewhere
        await runShutdownHooks();
        await app.close?.();
        await socketDb.$disconnect();
        await closeConnection(); // the pool Next's routes and the hot routes share
        await closeRedis();
      })();
      return closing;
    },
  };
}

// `tsx server.ts` runs the server against an already migrated DATABASE_URL (containers do this).
if (import.meta.url === `file://${process.argv[1]}`) {
  const server = await startServer({ dev: process.env.NODE_ENV === "development" });
  let stopping = false;
  const stop = () => {
    if (stopping) process.exit(1); // a second signal: stop now
    stopping = true;
    void server.close().finally(() => process.exit(0));
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  console.log(`Hearth is listening on port ${env().PORT}`);
}
