import { readdirSync } from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext, type BrowserContext } from "@playwright/test";
import { io } from "socket.io-client";
import { newSignedInPage, users } from "./fixtures/auth";

// The authorization suite, part 2 (part 1 checks every action's verbs: lib/auth/authorization-suite.test.ts).
// Route handlers and pages come from the filesystem: a new one is covered without touching this file.
// Hook for deactivation (the "sso" work): replay a deactivated person's session through `refusedEverywhere` too.

const FAKE_ID = "cmfake0000000000000000000";
const PUBLIC_ROUTES = new Set(["/api/health", "/api/auth/[...nextauth]"]);
// A credential of their own instead of a session (a signed unsubscribe token): without it, refused, never served.
const TOKEN_ROUTES = new Set(["/api/unsubscribe"]);

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
  );
}

/** `app/(app)/posts/[id]/page.tsx` → `/posts/<fake id>`; route groups vanish. */
function urlOf(file: string): string {
  const dir = path.dirname(path.relative("app", file));
  const segments = dir
    .split(path.sep)
    .filter((segment) => segment !== "." && !/^\(.*\)$/.test(segment))
    .map((segment) => (segment === "[section]" ? "adoption" : segment.startsWith("[") ? FAKE_ID : segment));
  return `/${segments.join("/")}`;
}

const routeFiles = walk("app").filter((file) => file.endsWith("route.ts"));
const pageFiles = walk(path.join("app", "(app)")).filter((file) => file.endsWith("page.tsx"));

/** Every route handler and page answers a caller without a working session as a stranger: 401, or the sign-in page. */
async function refusedEverywhere(request: APIRequestContext, baseURL: string) {
  let checked = 0;
  for (const file of routeFiles) {
    const template = `/${path
      .dirname(path.relative("app", file))
      .split(path.sep)
      .filter((s) => !/^\(.*\)$/.test(s))
      .join("/")}`;
    if (PUBLIC_ROUTES.has(template)) continue;
    const source = (await import("node:fs")).readFileSync(file, "utf8");
    const methods = [...source.matchAll(/export const (GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) => m[1]!);
    expect(methods.length, file).toBeGreaterThan(0);
    for (const method of methods) {
      const response = await request.fetch(urlOf(file), {
        method,
        headers: { origin: baseURL, "content-type": "application/json" },
        data: method === "GET" ? undefined : "{}",
        maxRedirects: 0,
      });
      if (TOKEN_ROUTES.has(template))
        expect([400, 401, 403, 404], `${method} ${urlOf(file)}`).toContain(response.status());
      else expect(response.status(), `${method} ${urlOf(file)}`).toBe(401);
      checked++;
    }
  }
  for (const file of pageFiles) {
    const url = urlOf(file);
    const response = await request.get(url, { maxRedirects: 0 });
    expect([302, 303, 307], `GET ${url}`).toContain(response.status());
    expect(response.headers()["location"] ?? "", url).toContain("/signin");
    // The flight (RSC) request: Next first redirects it to its cache-busting `?_rsc=` URL, which then says "sign in"
    // (as a redirect or as a redirect instruction in the payload), never the page.
    const flight = await request.get(url, { headers: { RSC: "1" }, maxRedirects: 1 });
    const said = `${flight.headers()["location"] ?? ""} ${await flight.text()}`;
    expect(said, `RSC ${url}`).toContain("/signin");
    checked += 2;
  }
  return checked;
}

function socketRefused(baseURL: string, cookie: string): Promise<string> {
  return new Promise((resolve) => {
    const socket = io(baseURL, { transports: ["websocket"], extraHeaders: { cookie }, reconnection: false });
    socket.on("connect", () => {
      socket.close();
      resolve("connected");
    });
    socket.on("connect_error", (error) => {
      socket.close();
      resolve(`refused: ${error.message}`);
    });
  });
}

async function cookieHeader(context: BrowserContext): Promise<string> {
  return (await context.cookies()).map((cookie) => `${cookie.name}=${cookie.value}`).join("; ");
}

test("[AUTHZ] signed out: every route handler answers 401 and every page (and its RSC payload) sends to sign-in; sockets are refused", async ({
  playwright,
  baseURL,
}) => {
  const request = await playwright.request.newContext({ baseURL });
  expect(await refusedEverywhere(request, baseURL!)).toBeGreaterThan(90);
  expect(await socketRefused(baseURL!, "")).toMatch(/^refused/);
  await request.dispose();
});

test("[AUTHZ] after 'sign out on all devices' the old session is refused on every path, sockets included", async ({
  browser,
  playwright,
  baseURL,
}) => {
  const page = await newSignedInPage(browser, users.salesManager.email);
  const stolen = await cookieHeader(page.context());
  expect(await socketRefused(baseURL!, stolen)).toBe("connected");
  await page.goto("/settings");
  await page.getByRole("button", { name: "Sign out on all devices" }).click();
  await page.waitForURL(/\/signin/);

  const replay = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { cookie: stolen } });
  expect(await refusedEverywhere(replay, baseURL!)).toBeGreaterThan(90);
  expect(await socketRefused(baseURL!, stolen)).toMatch(/^refused/);
  await replay.dispose();
  await page.context().close();
});

test("[AUTHZ] a non-member reads nothing of a secret community: page, RSC payload, post API, comments API, notifications", async ({
  browser,
}) => {
  const member = await newSignedInPage(browser, users.ceo.email);
  await member.goto("/communities/leadership-offsite-2027");
  const postPath = await member
    .getByTestId("post-card")
    .first()
    .getByRole("link", { name: /ago|now/ })
    .first()
    .getAttribute("href");
  const postId = postPath!.split("/").pop()!.split("#")[0]!;
  const secretText = "Draft agenda for the offsite";
  expect(await (await member.request.get(`/api/posts/${postId}`)).text()).toContain(secretText);

  const outsider = await newSignedInPage(browser, users.employee.email);
  for (const [url, headers] of [
    [`/posts/${postId}`, {}],
    [`/posts/${postId}`, { RSC: "1" }],
    ["/communities/leadership-offsite-2027", {}],
    ["/communities/leadership-offsite-2027", { RSC: "1" }],
    [`/api/posts/${postId}`, {}],
    [`/api/posts/${postId}/comments`, {}],
  ] as const) {
    const response = await outsider.request.get(url, { headers });
    // A flight (RSC) request for a missing page is answered with the not-found tree; what matters is its content.
    if (!("RSC" in headers)) expect(response.status(), `${url} ${JSON.stringify(headers)}`).toBe(404);
    expect(await response.text(), url).not.toContain(secretText);
  }
  for (const url of ["/", "/api/posts", "/api/notifications", "/communities"]) {
    expect(await (await outsider.request.get(url)).text(), url).not.toContain(secretText);
  }
  await member.context().close();
  await outsider.context().close();
});
