import { RateLimiterRedis, RateLimiterRes } from "rate-limiter-flexible";
import { redisCommands, redisPrefix } from "@/lib/redis";

// Fixed-window limits: a key's window opens with its first hit and lasts windowMs; every hit counts.
// With REDIS_URL the counts live in Redis (rate-limiter-flexible's RateLimiterRedis: one atomic Lua call a hit), so
// a limit hit on one server holds on every other. Without it, or while Redis does not answer, they live in this
// process's memory below, the embedded single-server default.

export type RateLimitResult = { ok: boolean; retryAfterSeconds: number };

// ---- in this process ----
type Window = { count: number; resetAt: number };
const windows = new Map<string, Window>();

function hitInMemory(key: string, { limit, windowMs }: { limit: number; windowMs: number }): RateLimitResult {
  const now = Date.now();
  let window = windows.get(key);
  if (!window || window.resetAt <= now) {
    window = { count: 0, resetAt: now + windowMs };
    windows.set(key, window);
    if (windows.size > 50_000) pruneExpired(now);
  }
  window.count += 1;
  return { ok: window.count <= limit, retryAfterSeconds: Math.ceil((window.resetAt - now) / 1000) };
}

function peekInMemory(key: string, limit: number): RateLimitResult {
  const now = Date.now();
  const window = windows.get(key);
  if (!window || window.resetAt <= now) return { ok: true, retryAfterSeconds: 0 };
  return { ok: window.count < limit, retryAfterSeconds: Math.ceil((window.resetAt - now) / 1000) };
}

function pruneExpired(now: number) {
  for (const [key, window] of windows) if (window.resetAt <= now) windows.delete(key);
}

// ---- in Redis ----
// One limiter per rule (points and duration are a limiter's own); all share one key prefix, so a check without
// counting can read any rule's count. Kept per client: a closed client (shutdown, tests) takes its limiters along.
const limitersOf = new WeakMap<object, Map<string, RateLimiterRedis>>();

function redisLimiter(limit: number, windowMs: number): RateLimiterRedis | null {
  const client = redisCommands();
  if (!client) return null;
  let limiters = limitersOf.get(client);
  if (!limiters) limitersOf.set(client, (limiters = new Map()));
  const id = `${limit}:${windowMs}`;
  let limiter = limiters.get(id);
  if (!limiter) {
    limiter = new RateLimiterRedis({
      storeClient: client,
      keyPrefix: `${redisPrefix()}rl`,
      points: limit,
      duration: Math.max(1, Math.ceil(windowMs / 1000)),
      // Not connected: fail at once, so the caller counts in memory instead of waiting for a reconnect.
      rejectIfRedisNotReady: true,
    });
    limiters.set(id, limiter);
  }
  return limiter;
}

function fromRes(res: RateLimiterRes, ok: boolean): RateLimitResult {
  return { ok, retryAfterSeconds: Math.max(0, Math.ceil(res.msBeforeNext / 1000)) };
}

/** Counts a hit on `key` and says whether it is within `limit` for the current window. */
export async function rateLimit(
  key: string,
  { limit, windowMs }: { limit: number; windowMs: number },
): Promise<RateLimitResult> {
  const limiter = redisLimiter(limit, windowMs);
  if (!limiter) return hitInMemory(key, { limit, windowMs });
  try {
    return fromRes(await limiter.consume(key), true);
  } catch (rejection) {
    // Over the limit: the library answers with the counts; anything else is Redis failing (memory takes over).
    if (rejection instanceof RateLimiterRes) return fromRes(rejection, false);
    return hitInMemory(key, { limit, windowMs });
  }
}

/** Whether `key` already used up its window, without counting this call (for "failures only" limits). */
export async function isRateLimited(key: string, limit: number): Promise<RateLimitResult> {
  const limiter = redisLimiter(limit, 60_000);
  if (!limiter) return peekInMemory(key, limit);
  try {
    const res = await limiter.get(key);
    if (!res) return { ok: true, retryAfterSeconds: 0 };
    return fromRes(res, res.consumedPoints < limit);
  } catch {
    return peekInMemory(key, limit);
  }
}

// Per-person limits on writes, with the sentence the person sees when they hit one.
export const WRITE_LIMITS = {
  post: { limit: 10, windowMs: 60_000, what: "posts" },
  comment: { limit: 30, windowMs: 60_000, what: "comments" },
  reaction: { limit: 120, windowMs: 60_000, what: "reactions" },
  upload: { limit: 40, windowMs: 60_000, what: "uploads" },
  follow: { limit: 60, windowMs: 60_000, what: "follows" },
  preview: { limit: 60, windowMs: 60_000, what: "previews" },
  question: { limit: 5, windowMs: 60_000, what: "questions" },
  answer: { limit: 20, windowMs: 60_000, what: "answers" },
  vote: { limit: 120, windowMs: 60_000, what: "votes" },
  actionItem: { limit: 30, windowMs: 60_000, what: "action item changes" },
  community: { limit: 10, windowMs: 3_600_000, what: "new communities" },
  focus: { limit: 30, windowMs: 60_000, what: "focus-board entries" },
  report: { limit: 10, windowMs: 10 * 60_000, what: "reports" },
  moderation: { limit: 60, windowMs: 60_000, what: "moderation actions" },
  liveShow: { limit: 20, windowMs: 60_000, what: "show changes" },
  rsvp: { limit: 120, windowMs: 60_000, what: "RSVPs" },
  // A live chat moves fast, but one person sending more than one line every 3 seconds is flooding it.
  liveComment: { limit: 10, windowMs: 30_000, what: "live comments" },
  liveReaction: { limit: 60, windowMs: 60_000, what: "reactions" },
  // As-you-type search sends a request per pause; a person reading results never comes near this.
  search: { limit: 120, windowMs: 60_000, what: "searches" },
  dataExport: { limit: 3, windowMs: 3_600_000, what: "export requests" },
} as const;
