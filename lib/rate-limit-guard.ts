import { AppError } from "@/lib/errors";
import { rateLimit, WRITE_LIMITS } from "@/lib/rate-limit";

/** Throws a RATE_LIMITED AppError (429) with a clear sentence when the actor wrote too much too fast. */
export function enforceWriteLimit(kind: keyof typeof WRITE_LIMITS, actorId: string): void {
  const { limit, windowMs, what } = WRITE_LIMITS[kind];
  const result = rateLimit(`${kind}:${actorId}`, { limit, windowMs });
  if (!result.ok) {
    throw new AppError(
      "RATE_LIMITED",
      `You are sending ${what} too quickly. Wait ${result.retryAfterSeconds} seconds and try again.`,
    );
  }
}
