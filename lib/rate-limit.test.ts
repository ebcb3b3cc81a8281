import { afterAll, afterEach, describe, expect, it } from "vitest";
import { isRateLimited, rateLimit } from "@/lib/rate-limit";
import { enforceWriteLimit } from "@/lib/rate-limit-guard";
import { closeRedis, connectRedis } from "@/lib/redis";
import { NO_REDIS_MESSAGE, redisAnswersAt, TEST_REDIS_URL, testRedisPrefix } from "@/lib/test/redis";

const rule = { limit: 3, windowMs: 60_000 };
let n = 0;
const freshKey = () => `test:${process.pid}:${Date.now()}:${n++}`;

async function hits(key: string, count: number) {
  const results = [];
  for (let i = 0; i < count; i++) results.push(await rateLimit(key, rule));
  return results.map((result) => result.ok);
}

function useRedis(url: string | undefined, prefix = testRedisPrefix("rate-limit")) {
  if (url) process.env.REDIS_URL = url;
  else delete process.env.REDIS_URL;
  process.env.REDIS_PREFIX = prefix;
}

afterEach(async () => {
  await closeRedis();
  useRedis(undefined);
});
afterAll(closeRedis);

describe("rate limits without Redis (the embedded default)", () => {
  it("lets `limit` hits through in a window and refuses the next, with the seconds left", async () => {
    const key = freshKey();
    expect(await hits(key, 4)).toEqual([true, true, true, false]);
    const refused = await rateLimit(key, rule);
    expect(refused.ok).toBe(false);
    expect(refused.retryAfterSeconds).toBeGreaterThan(0);
    expect(refused.retryAfterSeconds).toBeLessThanOrEqual(60);
  });

  it("checks without counting", async () => {
    const key = freshKey();
    expect((await isRateLimited(key, 2)).ok).toBe(true);
    await rateLimit(key, { limit: 2, windowMs: 60_000 });
    expect((await isRateLimited(key, 2)).ok).toBe(true);
    await rateLimit(key, { limit: 2, windowMs: 60_000 });
    expect((await isRateLimited(key, 2)).ok).toBe(false);
  });

  it("answers a write over its limit with the rule's sentence", async () => {
    const actor = freshKey();
    for (let i = 0; i < 5; i++) await enforceWriteLimit("question", actor);
    await expect(enforceWriteLimit("question", actor)).rejects.toThrow(
      /^You are sending questions too quickly\. Wait \d+ seconds and try again\.$/,
    );
  });
});

describe("rate limits in Redis", async () => {
  const reachable = await redisAnswersAt();
  if (!reachable) console.warn(NO_REDIS_MESSAGE);

  it.skipIf(!reachable)("counts in Redis: a fresh process (no memory of the hits) still refuses", async () => {
    const prefix = testRedisPrefix("rate-limit");
    useRedis(TEST_REDIS_URL, prefix);
    expect(await connectRedis()).toBe(true);
    const key = freshKey();
    expect(await hits(key, 3)).toEqual([true, true, true]);
    // What another server sees: the count is in Redis under the shared prefix, not in this process.
    const { Redis } = await import("ioredis");
    const other = new Redis(TEST_REDIS_URL);
    expect(Number(await other.get(`${prefix}rl:${key}`))).toBe(3);
    const refused = await rateLimit(key, rule);
    expect(refused.ok).toBe(false);
    expect(refused.retryAfterSeconds).toBeGreaterThan(0);
    expect((await isRateLimited(key, 3)).ok).toBe(false);
    expect((await isRateLimited(freshKey(), 3)).ok).toBe(true);
    await other.del(`${prefix}rl:${key}`);
    other.disconnect();
  });

  it("falls back to this process's memory while Redis does not answer, with the same rule", async () => {
    useRedis("redis://127.0.0.1:1"); // nothing listens on port 1
    const key = freshKey();
    expect(await hits(key, 4)).toEqual([true, true, true, false]);
    expect((await isRateLimited(key, 3)).ok).toBe(false);
  });
});
