import "server-only";
import type { IncomingMessage, ServerResponse } from "node:http";
import { db } from "@/lib/db";
import { redisAnswers, redisUrl } from "@/lib/redis";
import { SECURITY_HEADERS } from "@/lib/security-headers";
import { isDraining } from "@/lib/shutdown";
import { checkStorage } from "@/lib/uploads/storage";

// For a load balancer or an orchestrator, answered by server.ts before Next (cheap, and still answered if Next's
// handler is busy or wedged). Content-free: states only, never a host, a message or a count.
//   /api/health/live  — the process runs and its event loop answers: 200 (restart it when this fails).
//   /api/health/ready — send it traffic: 200 when the database, Redis (when configured) and upload storage answer
//                       and it is not shutting down; 503 otherwise (take it out of the pool, do not restart it).
// /api/health (Next's route) stays as it was: the database check, for existing monitors.

type CheckState = "ok" | "unavailable" | "not configured";
export type Readiness = {
  status: "ok" | "unavailable" | "draining";
  checks: { database: CheckState; redis: CheckState; storage: CheckState };
};

const CHECK_TIMEOUT_MS = 2000;

async function within(check: () => Promise<unknown>): Promise<CheckState> {
  let timer: NodeJS.Timeout | undefined;
  try {
    const ok = await Promise.race([
      check().then((result) => result !== false),
      new Promise<false>((resolve) => {
        timer = setTimeout(() => resolve(false), CHECK_TIMEOUT_MS);
      }),
    ]);
    return ok ? "ok" : "unavailable";
  } catch {
    return "unavailable";
  } finally {
    clearTimeout(timer);
  }
}

export async function checkReadiness(): Promise<Readiness> {
  const [database, redis, storage] = await Promise.all([
    within(() => db.$queryRaw`select 1`),
    redisUrl() ? within(redisAnswers) : Promise.resolve<CheckState>("not configured"),
    within(async () => (await checkStorage()).ok), // local disk or the S3 bucket (lib/uploads/storage.ts)
  ]);
  const healthy = [database, redis, storage].every((state) => state !== "unavailable");
  return {
    status: isDraining() ? "draining" : healthy ? "ok" : "unavailable",
    checks: { database, redis, storage },
  };
}

function reply(req: IncomingMessage, res: ServerResponse, status: number, body: unknown) {
  const text = JSON.stringify(body);
  for (const { key, value } of SECURITY_HEADERS) res.setHeader(key, value);
  res.writeHead(status, {
    "Content-Type": "application/json",
    "Cache-Control": "no-store",
    "Content-Length": Buffer.byteLength(text),
  });
  res.end(req.method === "HEAD" ? undefined : text);
}

/** Answers the probe and returns true for the two probe paths; false leaves the request to the next handler. */
export function serveHealthProbe(req: IncomingMessage, res: ServerResponse): boolean {
  if (req.method !== "GET" && req.method !== "HEAD") return false;
  const path = (req.url ?? "/").split("?")[0];
  if (path === "/api/health/live") {
    reply(req, res, 200, { status: "ok" });
    return true;
  }
  if (path === "/api/health/ready") {
    checkReadiness().then(
      (readiness) => reply(req, res, readiness.status === "ok" ? 200 : 503, readiness),
      () => reply(req, res, 503, { status: "unavailable" }),
    );
    return true;
  }
  return false;
}
