import { RateLimitedError } from "@/lib/errors";
import { rateLimit, WRITE_LIMITS } from "@/lib/rate-limit";
import { UNKNOWN_CLIENT_IP } from "@/lib/client-ip";
import { currentRequestIp } from "@/lib/request-context";

/**
 * One address may send this many times a person's limit: an office behind one NAT address shares it, a script
 * rotating through accounts from one machine does not get a fresh allowance per account.
 */
export const PER_ADDRESS_FACTOR = 10;

/**
 * Throws a RATE_LIMITED error (429 with Retry-After; a form shows the sentence and keeps what was typed) when the
 * actor, or the address they write from, wrote too much too fast. The address is the current request's
 * (lib/request-context.ts); without one (jobs, tests) only the per-account limit applies. Always `await` it (lint
 * refuses a call that is not awaited): the counts may live in Redis, shared by every server.
 */
export async function enforceWriteLimit(
  kind: keyof typeof WRITE_LIMITS,
  actorId: string,
  ip = currentRequestIp(),
): Promise<void> {
  const { limit, windowMs, what } = WRITE_LIMITS[kind];
  const [perAccount, perAddress] = await Promise.all([
    rateLimit(`${kind}:${actorId}`, { limit, windowMs }),
    ip && ip !== UNKNOWN_CLIENT_IP
      ? rateLimit(`${kind}:ip:${ip}`, { limit: limit * PER_ADDRESS_FACTOR, windowMs })
      : { ok: true, retryAfterSeconds: 0 },
  ]);
  if (!perAccount.ok)
    throw new RateLimitedError(
      `You are sending ${what} too quickly. Wait ${perAccount.retryAfterSeconds} seconds and try again.`,
      perAccount.retryAfterSeconds,
    );
  if (!perAddress.ok)
    throw new RateLimitedError(
      `Too many ${what} are coming from your network. Wait ${perAddress.retryAfterSeconds} seconds and try again.`,
      perAddress.retryAfterSeconds,
    );
}
