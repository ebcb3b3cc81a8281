import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { SESSION_COOKIE, parseCookies } from "@/lib/auth/session-token";
import { serveHotRoute } from "@/lib/hot-routes";
import { findFeed } from "@/lib/posts/find-feed";
import { SECURITY_HEADERS } from "@/lib/security-headers";
import { createPost, createUser } from "@/lib/test/factories";
import { TEST_AUTH_SECRET } from "@/lib/test/setup";

// The custom server's own routes, over real HTTP against the real database: what server.ts does with a request,
// with a stub standing in for Next (it answers 418, so a request that falls through is plain to see).
let server: Server;
let origin: string;
beforeAll(async () => {
  server = createServer((req, res) => {
    if (serveHotRoute(req, res)) return;
    res.writeHead(418).end("next");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const COOKIE = SESSION_COOKIE;
async function sessionCookie(userId: string, sessionVersion = 0): Promise<string> {
  const token = await encode({ token: { sub: userId, sv: sessionVersion }, secret: TEST_AUTH_SECRET, salt: COOKIE });
  return `theme=dark; ${COOKIE}=${token}`;
}
const get = (path: string, cookie?: string, method = "GET") =>
  fetch(origin + path, { method, headers: cookie ? { cookie } : {} });

describe("serveHotRoute: GET /api/feed", () => {
  it("[FEED] answers the signed-in reader's home feed with the same posts, shapes and cursor as findFeed, and the security headers", async () => {
    const { user: author } = await createUser();
    const { user: reader, actor } = await createUser();
    const post = await createPost(author.id, { body: "Hot route", bodyHtml: "<p>Hot route</p>\n" });

    const response = await get("/api/feed?tab=latest&limit=5", await sessionCookie(reader.id));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json");
    expect(response.headers.get("cache-control")).toBe("no-store");
    for (const { key, value } of SECURITY_HEADERS) expect(response.headers.get(key)).toBe(value);
    const page = (await response.json()) as { items: { id: string }[]; nextCursor: string | null };
    expect(page.items.map((item) => item.id)).toContain(post.id);
    expect(page).toEqual(JSON.parse(JSON.stringify(await findFeed(actor, { tab: "latest", limit: 5 }))));

    const next = await get(
      `/api/feed?tab=latest&limit=5&cursor=${encodeURIComponent(page.nextCursor ?? "")}`,
      await sessionCookie(reader.id),
    );
    expect(next.status).toBe(200);
  });

  it("[FEED] refuses a request without a session (401), with a revoked session version (401) and bad input by field (400)", async () => {
    const { user } = await createUser();
    const noCookie = await get("/api/feed");
    expect(noCookie.status).toBe(401);
    expect(await noCookie.json()).toEqual({ error: { code: "UNAUTHENTICATED", message: "Please sign in first." } });

    const cookie = await sessionCookie(user.id);
    await db.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
    expect((await get("/api/feed", cookie)).status).toBe(401);

    const current = await sessionCookie(user.id, 1);
    const bad = await get("/api/feed?tab=sideways&limit=500", current);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({
      error: { code: "BAD_INPUT", fields: { tab: expect.any(String), limit: expect.any(String) } },
    });
    expect((await get("/api/feed", current)).status).toBe(200);
  });

  it("[FEED] a deactivated reader is signed out here too", async () => {
    const { user } = await createUser({ deactivatedAt: new Date() });
    expect((await get("/api/feed", await sessionCookie(user.id))).status).toBe(401);
  });

  it("[FEED] HEAD gets the headers without a body; other methods and paths are left to Next", async () => {
    const { user } = await createUser();
    const cookie = await sessionCookie(user.id);
    const head = await get("/api/feed", cookie, "HEAD");
    expect(head.status).toBe(200);
    expect(Number(head.headers.get("content-length"))).toBeGreaterThan(0);
    expect(await head.text()).toBe("");
    for (const [path, method] of [
      ["/api/feed", "POST"],
      ["/api/feed/", "GET"],
      ["/api/feeds", "GET"],
      ["/", "GET"],
      ["/api/me", "GET"],
    ] as const) {
      expect((await get(path, cookie, method)).status, `${method} ${path}`).toBe(418);
    }
  });
});

describe("parseCookies", () => {
  it("[AUTH] reads name=value pairs: spaces, quotes, percent-encoding, the first of duplicates, and skips what is not a pair", () => {
    const cookies = parseCookies(' a=1; b="two"; c=x%3Dy; a=ignored; broken; =nameless; d=100%; e=');
    expect(Object.fromEntries(cookies)).toEqual({ a: "1", b: "two", c: "x=y", d: "100%", e: "" });
    expect(parseCookies(undefined).size).toBe(0);
  });
});
