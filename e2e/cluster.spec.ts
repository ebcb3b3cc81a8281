import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { io as connectSocket, type Socket } from "socket.io-client";
import { NO_REDIS_MESSAGE, redisAnswersAt, TEST_REDIS_URL, testRedisPrefix } from "../lib/test/redis";
import { expectLive, signInAs } from "./fixtures/auth";
import { startHearthServer, type HearthServer } from "./fixtures/cluster";

// Two Hearth servers (production build, the e2e database) through the machine's Redis, as two replicas behind a
// balancer would be: what happens on A is seen on B. Skipped, with that sentence, only where no Redis answers.

const email = (key: string) => `${key}@northwind.example`;

test.describe("[CLUSTER] two servers on one Redis", () => {
  test.describe.configure({ mode: "serial" });
  let a: HearthServer;
  let b: HearthServer;

  test.beforeAll(async () => {
    test.skip(!(await redisAnswersAt()), NO_REDIS_MESSAGE);
    test.setTimeout(400_000);
    const redis = { redisUrl: TEST_REDIS_URL, redisPrefix: testRedisPrefix("e2e") };
    [a, b] = await Promise.all([startHearthServer("A", redis), startHearthServer("B", redis)]);
  });

  test.afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
  });

  async function signedIn(browser: Browser, server: HearthServer, key: string): Promise<Page> {
    const context = await browser.newContext({ baseURL: server.url });
    const page = await context.newPage();
    await signInAs(page, email(key));
    return page;
  }

  async function firstPostId(page: Page): Promise<string> {
    const feed = (await (await page.request.get("/api/feed")).json()) as { items: { id: string }[] };
    const [first] = feed.items;
    if (!first) throw new Error("the demo feed has no posts");
    return first.id;
  }

  test("a comment posted on server A appears live for a reader on server B", async ({ browser }) => {
    const writer = await signedIn(browser, a, "freja");
    const reader = await signedIn(browser, b, "astrid");
    const postId = await firstPostId(reader);
    await reader.goto(`/posts/${postId}`);
    await expectLive(reader);
    let reloaded = false;
    reader.on("framenavigated", (frame) => {
      if (frame === reader.mainFrame()) reloaded = true;
    });

    await writer.goto(`/posts/${postId}`);
    const text = `Seen from the other server — ${Date.now()}`;
    await writer.getByRole("combobox", { name: "Write a comment" }).fill(text);
    await writer.getByRole("button", { name: "Comment", exact: true }).click();
    await expect(writer.getByText(text)).toBeVisible();

    await expect(reader.getByText(text)).toBeVisible();
    expect(reloaded, "the reader's page did not reload").toBe(false);
    await writer.context().close();
    await reader.context().close();
  });

  test('"Sign out on all devices" on server A cuts a socket open on server B', async ({ browser }) => {
    // The same person on two devices: one signed in on B with a socket open, the other on A.
    const onB = await signedIn(browser, b, "sanne");
    const cookie = await cookieHeader(onB.context());
    const socket = connectSocket(b.url, {
      transports: ["websocket"],
      extraHeaders: { cookie },
      reconnection: false,
      forceNew: true,
    });
    await new Promise<void>((resolve, reject) => {
      socket.once("connect", () => resolve());
      socket.once("connect_error", reject);
    });
    const cut = new Promise<string>((resolve) => socket.once("disconnect", (reason) => resolve(reason)));
    await onB.goto("/");
    await expectLive(onB);

    const onA = await signedIn(browser, a, "sanne");
    await onA.goto("/settings");
    await onA.getByRole("button", { name: "Sign out on all devices" }).click();

    expect(await cut).toBe("io server disconnect");
    // The page on B heard why and went to the sign-in page; its session no longer opens a socket anywhere.
    await expect(onB).toHaveURL(/\/signin/);
    expect(await refusedSocket(b.url, cookie)).toBe(true);
    expect(await refusedSocket(a.url, cookie)).toBe(true);
    await onA.context().close();
    await onB.context().close();
  });

  test("a sign-in limit reached on server A holds on server B", async ({ browser }) => {
    // Ten wrong passwords for one email from one address, all on A (lib/auth/verify-credentials.ts) …
    const context = await browser.newContext({ baseURL: a.url });
    const page = await context.newPage();
    for (let i = 0; i < 10; i++) {
      const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
      const response = await page.request.post("/api/auth/callback/credentials", {
        form: { email: email("emma"), password: `wrong-${i}`, csrfToken, callbackUrl: "/" },
        maxRedirects: 0,
      });
      expect(response.headers().location ?? "").not.toContain("rate_limited");
    }
    await context.close();

    // … and B refuses even the right password, with the same sentence, before looking at it.
    const onB = await browser.newPage({ baseURL: b.url });
    await onB.goto("/signin");
    await onB.getByLabel("Email").fill(email("emma"));
    await onB.getByLabel("Password").fill("hearth-demo");
    await onB.getByRole("button", { name: "Sign in" }).click();
    await expect(
      onB.getByText("Too many wrong passwords for this email from your device. Wait five minutes and try again."),
    ).toBeVisible();
    await expect(onB).toHaveURL(/\/signin/);
    await onB.context().close();
  });

  test("compressed answers, the hot feed route too, and liveness apart from readiness", async ({
    browser,
    request,
  }) => {
    const page = await request.get(`${a.url}/signin`, { headers: { "accept-encoding": "gzip" } });
    expect(page.headers()["content-encoding"]).toBe("gzip");
    const reader = await signedIn(browser, a, "lukas");
    const feed = await reader.request.get("/api/feed", { headers: { "accept-encoding": "br, gzip" } });
    expect(feed.status()).toBe(200);
    expect(feed.headers()["content-encoding"]).toBe("br");
    expect(((await feed.json()) as { items: unknown[] }).items.length).toBeGreaterThan(0);
    await reader.context().close();
    const live = await request.get(`${b.url}/api/health/live`);
    expect(await live.json()).toEqual({ status: "ok" });
    const ready = await request.get(`${b.url}/api/health/ready`);
    expect(ready.status()).toBe(200);
    expect(await ready.json()).toEqual({ status: "ok", checks: { database: "ok", redis: "ok", storage: "ok" } });
  });
});

async function cookieHeader(context: BrowserContext): Promise<string> {
  return (await context.cookies()).map((cookie) => `${cookie.name}=${cookie.value}`).join("; ");
}

async function refusedSocket(url: string, cookie: string): Promise<boolean> {
  const socket: Socket = connectSocket(url, {
    transports: ["websocket"],
    extraHeaders: { cookie },
    reconnection: false,
    forceNew: true,
  });
  return new Promise((resolve) => {
    socket.once("connect", () => {
      socket.close();
      resolve(false);
    });
    socket.once("connect_error", () => {
      socket.close();
      resolve(true);
    });
  });
}
