import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import next from "next";
import { refuseOversizedForm } from "@/lib/action-body-limit";
import { clientIpOfRequest, stampClientIp } from "@/lib/client-ip";
import { createPrismaClient } from "@/lib/db/client";
import { env } from "@/lib/env";
import { requestContext } from "@/lib/request-context";
import { allowServerOnlyModules } from "@/lib/server-only-hook";

/** One process, one port: Next's request handler, the hot JSON routes and socket.io share the HTTP server. */
export async function startServer({ dev }: { dev: boolean }) {
  const config = env();
  allowServerOnlyModules();
  // Loaded after the hook, never statically: the hot routes, the socket server and the background jobs import
  // lib/ modules marked "server-only", as every module that reaches the database may be.
  const [
    { serveHotRoute },
    { closeConnection },
    { attachRealtime },
    { startOverdueReminders },
    { startCommunityReviewReminders },
    { startColdCommunityChecks },
    { startChallengeCloser },
    { startLiveShowReminders },
    { startRetention },
  ] = await Promise.all([
    import("@/lib/hot-routes"),
    import("@/lib/db"),
    import("@/lib/realtime/socket-server"),
    import("@/lib/action-items/remind-overdue"),
    import("@/lib/communities/remind-review-due"),
    import("@/lib/health/check-cold-communities"),
    import("@/lib/challenges/close-challenges"),
    import("@/lib/live-shows/remind-live-shows"),
    import("@/lib/privacy/enforce-retention"),
  ]);
  const httpServer = createServer();
  const app = next({ dev, hostname: "localhost", port: config.PORT, httpServer });
  const handle = app.getRequestHandler();
  await app.prepare();

  const socketDb = createPrismaClient(config.DATABASE_URL, 3);
  const io = attachRealtime(httpServer, { db: socketDb });
  // Overdue action items remind their people; runs beside the server, published like any change.
  const stopReminders = startOverdueReminders(socketDb);
  // Communities whose purpose reached its review date ask their owners to renew, widen or close.
  const stopReviewReminders = startCommunityReviewReminders(socketDb);
  // Communities going cold are marked and their owners nudged, the same way.
  const stopColdChecks = startColdCommunityChecks(socketDb);
  // Challenges whose voting ended are closed and their winners announced, once, whichever server gets there first.
  const stopChallengeCloser = startChallengeCloser(socketDb);
  // People who RSVP'd to a live show hear about 15 minutes before it starts.
  const stopShowReminders = startLiveShowReminders(socketDb);
  // Removed content and audit entries past the admins' retention, and expired data exports, are purged hourly.
  const stopRetention = startRetention();

  httpServer.on("request", (req, res) => {
    // The socket's address, for limits per address; never the client's word (lib/client-ip.ts). Every handler below
    // runs inside the request context, so a use case's write limit also counts the address (lib/rate-limit-guard.ts).
    stampClientIp(req);
    requestContext.run({ ip: clientIpOfRequest(req, { trustProxy: config.TRUST_PROXY }) }, () => serve(req, res));
  });

  function serve(req: IncomingMessage, res: ServerResponse) {
    // socket.io answers its own path; everything else, including Next's HMR websocket, is Next's.
    if (req.url?.startsWith("/socket.io/")) return;
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

  return {
    async close() {
      stopReminders();
      stopReviewReminders();
      stopColdChecks();
      stopChallengeCloser();
      stopShowReminders();
      stopRetention();
      await new Promise<void>((resolve) => io.close(() => resolve()));
      await app.close?.();
      await socketDb.$disconnect();
      await closeConnection(); // the pool Next's routes and the hot routes share
    },
  };
}

// `tsx server.ts` runs the server against an already migrated DATABASE_URL (containers do this).
if (import.meta.url === `file://${process.argv[1]}`) {
  const server = await startServer({ dev: process.env.NODE_ENV === "development" });
  const stop = () => void server.close().finally(() => process.exit(0));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  console.log(`Hearth is listening on port ${env().PORT}`);
}
