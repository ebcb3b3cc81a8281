import type { IncomingMessage, ServerResponse } from "node:http";

/**
 * The most a form may send to a server action (next.config.ts `serverActions.bodySizeLimit`). The largest
 * legitimate one is a community with its cover image (at most 10 MB, lib/communities/save-cover.ts) and its text;
 * below this limit every oversized field reaches its domain rule and is refused by field ("Posts can be at most 5000
 * characters"), keeping the draft.
 */
export const ACTION_BODY_LIMIT_BYTES = 11 * 1024 * 1024;
export const ACTION_BODY_TOO_LARGE = "This form is too large to send (more than 11 MB). Shorten it and try again.";

/**
 * For server.ts: answers 413 with a sentence to a form post above the limit, before Next reads it (Next would
 * answer its own limit with a 500). Pages take form posts (server actions, with or without JavaScript); route
 * handlers under /api/ keep their own limits. A body without Content-Length is still capped by Next.
 */
export function refuseOversizedForm(req: IncomingMessage, res: ServerResponse): boolean {
  if (req.method !== "POST" || req.url?.startsWith("/api/")) return false;
  const length = Number(req.headers["content-length"] ?? 0);
  if (!(length > ACTION_BODY_LIMIT_BYTES)) return false;
  // The body is read and dropped (never kept), so the client, still sending, gets to read the answer.
  req.resume();
  res.writeHead(413, { "Content-Type": "text/plain; charset=utf-8" });
  res.end(ACTION_BODY_TOO_LARGE);
  return true;
}
