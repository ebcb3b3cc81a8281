import "server-only";
import { forbidden, notFound, redirect } from "next/navigation";
import { NextResponse } from "next/server";
import { AppError, errorReply, isAppError } from "@/lib/errors";

/**
 * Wraps a route handler: another site's state-changing request is refused (requireSameOrigin), expected errors become
 * their status and sentence, the rest a 500 with an id.
 */
export function jsonRoute<A extends unknown[]>(handler: (...args: A) => Promise<unknown>) {
  return async (...args: A): Promise<Response> => {
    try {
      if (args[0] instanceof Request) requireSameOrigin(args[0]);
      const result = await handler(...args);
      return result instanceof Response
        ? result
        : NextResponse.json(result, { headers: { "Cache-Control": "no-store" } });
    } catch (error) {
      const reply = errorReply(error);
      return NextResponse.json(reply.body, { status: reply.status, headers: reply.headers });
    }
  };
}

/**
 * For pages: a domain refusal becomes the right navigation. Signed out → sign-in (and back to `path`);
 * missing, hidden or malformed → the 404 page, whatever the reason (no "403, but here is the title").
 */
export function pageRefusal(error: unknown, path: string): never {
  if (isAppError(error)) {
    if (error.code === "UNAUTHENTICATED") redirect(`/signin?callbackUrl=${encodeURIComponent(path)}`);
    if (error.code === "NOT_FOUND" || error.code === "BAD_INPUT" || error.code === "FORBIDDEN") notFound();
  }
  throw error;
}

/**
 * For pages that exist for other roles (lib/role-pages.ts: /admin, /challenges/new, /ask/ama/new…): a 403 page that
 * says what the page is for and who can use it (app/(app)/forbidden.tsx). Not for content: what the reader may not
 * know exists is a 404 (pageRefusal).
 */
export function roleRefusal(): never {
  forbidden();
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
const CROSS_SITE = "This request came from another site, so Hearth refused it. Use Hearth's own pages to make changes.";

/**
 * Refuses (403) a state-changing request (anything but GET, HEAD, OPTIONS) sent by a page on another site, which
 * would otherwise ride the person's session cookie. Browsers always send Origin on such requests: it must name
 * this host (Host, or X-Forwarded-Host from a proxy, as Next's own server-action check reads them); "null" is
 * refused. A request without Origin did not come from a browser (a script or curl, which carries no one else's
 * cookie) and passes, unless the browser's Sec-Fetch-Site says it crossed sites. jsonRoute applies this to every
 * route handler; server actions have Next's check; Auth.js's POSTs have its CSRF token.
 */
export function requireSameOrigin(request: Request): void {
  if (SAFE_METHODS.has(request.method)) return;
  const origin = request.headers.get("origin");
  if (origin === null) {
    const site = request.headers.get("sec-fetch-site");
    if (site && site !== "same-origin" && site !== "none") throw new AppError("FORBIDDEN", CROSS_SITE);
    return;
  }
  const ownHosts = [request.headers.get("x-forwarded-host")?.split(",")[0]?.trim(), request.headers.get("host")];
  const host = originHost(origin);
  if (!host || !ownHosts.includes(host)) throw new AppError("FORBIDDEN", CROSS_SITE);
}

function originHost(origin: string): string | undefined {
  try {
    return new URL(origin).host || undefined;
  } catch {
    return undefined; // "null" and anything malformed
  }
}
