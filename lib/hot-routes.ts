import "server-only";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Actor } from "@/lib/auth/permissions";
import { actorFromCookieHeader } from "@/lib/auth/session-actor";
import { errorReply } from "@/lib/errors";
import { feedPageText, findFeedJson } from "@/lib/posts/find-feed";
import { SECURITY_HEADERS } from "@/lib/security-headers";

// The few JSON reads the custom server answers itself, before Next: the hottest ones, where Next's App Router
// route machinery would cost more CPU than the read (≈0.5 ms a request against ≈0.02 ms here; docs/benchmarks.md).
// Each calls the same domain function a Next route would, which parses the input, requires the signed-in actor
// and checks the permission; nothing is decided here but the address.
type HotRoute = (actor: Actor | null, query: Record<string, string>) => Promise<string>;

const ROUTES: Record<string, HotRoute> = {
  // The home feed's pages (components/feed/feed.tsx); the first page is server-rendered by app/(app)/(home).
  "/api/feed": async (actor, query) => feedPageText(await findFeedJson(actor, query)),
};

/** Answers the request and returns true when it is a hot route; false leaves it to Next. */
export function serveHotRoute(req: IncomingMessage, res: ServerResponse): boolean {
  if (req.method !== "GET" && req.method !== "HEAD") return false;
  const url = new URL(req.url ?? "/", "http://hearth.invalid");
  const route = ROUTES[url.pathname];
  if (!route) return false;
  void answer(route, req, res, url);
  return true;
}

async function answer(route: HotRoute, req: IncomingMessage, res: ServerResponse, url: URL) {
  let status = 200;
  let headers: Record<string, string> = {};
  let body: string;
  try {
    body = await route(await actorFromCookieHeader(req.headers.cookie), Object.fromEntries(url.searchParams));
  } catch (error) {
    const reply = errorReply(error);
    status = reply.status;
    headers = reply.headers;
    body = JSON.stringify(reply.body);
  }
  if (res.destroyed) return;
  for (const { key, value } of SECURITY_HEADERS) res.setHeader(key, value);
  res.writeHead(status, {
    ...headers,
    "Content-Type": "application/json",
    "Cache-Control": "no-store",
    "Content-Length": Buffer.byteLength(body),
  });
  res.end(req.method === "HEAD" ? undefined : body);
}
