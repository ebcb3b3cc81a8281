import { AppError } from "@/lib/errors";
import { rateLimit, WRITE_LIMITS } from "@/lib/rate-limit";

/**
 * Throws a RATE_LIMITED AppError (429) with a clear sentence when the actor wrote too much too fast.
 * Always `await` it (lint refuses a call that is not awaited): the count may live in Redis, shared by every server.
 */
export async function enforceWriteLimit(kind: keyof typeof WRITE_LIMITS, actorId: string): Promise<void> {
  const { limit, windowMs, what } = WRITE_LIMITS[kind];
  const result = await rateLimit(`${kind}:${actorId}`, { limit, windowMs });
  if (!result.ok) {
    throw new AppError(
      "RATE_LIMITED",
      `You are sending ${what} too quickly. Wait ${result.retryAfterSeconds} seconds and try again.`,
    );
  }
}
