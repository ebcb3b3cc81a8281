// Fixed-window limits kept in this process. With several app servers behind a balancer the limit
// applies per server; a Redis-backed store can replace this map without changing callers.
type Window = { count: number; resetAt: number };
const windows = new Map<string, Window>();

export type RateLimitResult = { ok: boolean; retryAfterSeconds: number };

export function rateLimit(key: string, { limit, windowMs }: { limit: number; windowMs: number }): RateLimitResult {
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

/** Whether `key` already used up its window, without counting this call (for "failures only" limits). */
export function isRateLimited(key: string, limit: number): RateLimitResult {
  const now = Date.now();
  const window = windows.get(key);
  if (!window || window.resetAt <= now) return { ok: true, retryAfterSeconds: 0 };
  return { ok: window.count < limit, retryAfterSeconds: Math.ceil((window.resetAt - now) / 1000) };
}

function pruneExpired(now: number) {
  for (const [key, window] of windows) if (window.resetAt <= now) windows.delete(key);
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
  dataExport: { limit: 3, windowMs: 3_600_000, what: "export requests" },
  // Ready for search (not built yet): a person typing fast sends a request per pause.
  search: { limit: 60, windowMs: 60_000, what: "searches" },
} as const;
