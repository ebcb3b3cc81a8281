import { expect, test, type Browser, type Page } from "@playwright/test";
import { testRedisPrefix } from "../lib/test/redis";
import { expectLive, signInAs } from "./fixtures/auth";
import {
  redisServerInstalled,
  startBalancer,
  startHearthServer,
  startOwnRedis,
  type HearthServer,
} from "./fixtures/cluster";

// Faults on two servers: their Redis stopped and started (a Redis of this spec's own, never the machine's), and
// one server killed outright while a browser is connected to it through a balancer.

const email = (key: string) => `${key}@northwind.example`;

test.describe("[FAULTS] two servers, Redis and a crash", () => {
  test.describe.configure({ mode: "serial" });
  let redis: Awaited<ReturnType<typeof startOwnRedis>>;
  let a: HearthServer;
  let b: HearthServer;
  let postId: string;
  let options: { redisUrl: string; redisPrefix: string };

  test.beforeAll(async () => {
    test.skip(!(await redisServerInstalled()), "redis-server is not installed: the fault tests are skipped.");
    test.setTimeout(400_000);
    redis = await startOwnRedis();
    options = { redisUrl: redis.url, redisPrefix: testRedisPrefix("faults") };
    [a, b] = await Promise.all([startHearthServer("faults-A", options), startHearthServer("faults-B", options)]);
  });

  test.afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await redis?.stop();
  });

  async function signedIn(browser: Browser, baseURL: string, key: string): Promise<Page> {
    const page = await (await browser.newContext({ baseURL })).newPage();
    await signInAs(page, email(key));
    return page;
  }

  async function comment(page: Page, text: string) {
    await page.getByRole("combobox", { name: "Write a comment" }).fill(text);
    await page.getByRole("button", { name: "Comment", exact: true }).click();
    await expect(page.getByText(text)).toBeVisible();
  }

  test("Redis stopped and started: both servers keep serving, then live updates resume", async ({ browser }) => {
    test.setTimeout(300_000);
    const writer = await signedIn(browser, a.url, "julia");
    const reader = await signedIn(browser, b.url, "tim");
    const feed = (await (await reader.request.get("/api/feed")).json()) as { items: { id: string }[] };
    const [first] = feed.items;
    if (!first) throw new Error("the demo feed has no posts");
    postId = first.id;
    await reader.goto(`/posts/${postId}`);
    await expectLive(reader);
    await writer.goto(`/posts/${postId}`);
    const before = `Before the outage — ${Date.now()}`;
    await comment(writer, before);
    await expect(reader.getByText(before)).toBeVisible();

    await redis.stop();
    for (const server of [a, b]) {
      expect((await reader.request.get(`${server.url}/api/health/live`)).status()).toBe(200);
      const ready = await reader.request.get(`${server.url}/api/health/ready`);
      expect(ready.status()).toBe(503);
      expect((await ready.json()).checks.redis).toBe("unavailable");
      expect((await reader.request.get(`${server.url}/signin`)).status()).toBe(200);
    }
    // Writes go on (rate limits count in memory meanwhile); the writer sees their own comment.
    await comment(writer, `During the outage — ${Date.now()}`);

    redis = await startOwnRedis(redis.port);
    await Promise.all([a.ready(), b.ready()]);
    const after = `After the outage — ${Date.now()}`;
    await comment(writer, after);
    await expect(reader.getByText(after)).toBeVisible({ timeout: 60_000 });
    // Neither server crashed or restarted on the way.
    expect(a.alive() && b.alive()).toBe(true);
    await writer.context().close();
    await reader.context().close();
  });

  test("SIGTERM drains a server: it exits cleanly and its browsers go on live on the other", async ({ browser }) => {
    test.setTimeout(300_000);
    const balancer = await startBalancer(() => [a.port, b.port]);
    try {
      const reader = await signedIn(browser, balancer.url, "youssef");
      const writer = await signedIn(browser, b.url, "kees");
      await reader.goto(`/posts/${postId}`);
      await expectLive(reader);
      await writer.goto(`/posts/${postId}`);

      expect(await a.stop()).toBe(0); // the graceful shutdown ran to its end
      await expectLive(reader); // reconnected, through the balancer, to B
      const text = `After a rolling restart — ${Date.now()}`;
      await comment(writer, text);
      await expect(reader.getByText(text)).toBeVisible();
      await reader.context().close();
      await writer.context().close();
    } finally {
      await balancer.close();
    }
    a = await startHearthServer("faults-A-again", options); // back to two for the next test
  });

  test("a server killed with SIGKILL: its browsers reconnect to the other and catch up", async ({ browser }) => {
    test.setTimeout(300_000);
    let open = true; // while false the balancer has nowhere to send anyone: the reader surely misses an event
    const balancer = await startBalancer(() => (open ? [b.port, a.port] : []));
    try {
      const reader = await signedIn(browser, balancer.url, "eva");
      const writer = await signedIn(browser, a.url, "ines");
      await reader.goto(`/posts/${postId}`);
      await expectLive(reader);
      await writer.goto(`/posts/${postId}`);

      open = false;
      expect(await b.kill()).toBe("SIGKILL");
      await expect(reader.getByTestId("realtime-status")).toHaveAttribute("data-state", "offline");
      const missed = `Posted while the reader was away — ${Date.now()}`;
      await comment(writer, missed);
      await expect(reader.getByText(missed)).toHaveCount(0);

      open = true; // the balancer now finds only A
      await expectLive(reader);
      await expect(reader.getByText(missed)).toBeVisible({ timeout: 60_000 });
      // And live again, from A.
      const live = `Live again — ${Date.now()}`;
      await comment(writer, live);
      await expect(reader.getByText(live)).toBeVisible();
      await reader.context().close();
      await writer.context().close();
    } finally {
      await balancer.close();
    }
  });
});
