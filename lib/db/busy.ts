// When every pooled connection stays busy past the pool's wait (or PostgreSQL refuses new connections), a request
// cannot be served now but may be in a moment: that is a 503 "busy, try again", never a 500. Nothing is half-written:
// the wait happens before the first statement, and every multi-statement write runs in one transaction.

const BUSY_MESSAGES = new Set([
  "timeout exceeded when trying to connect", // pg-pool: no pooled connection came free in time
  "Connection terminated due to connection timeout", // pg: the server did not accept a connection in time
]);
const BUSY_CODES = new Set([
  "P2028", // Prisma: a transaction could not start within maxWait
  "53300", // PostgreSQL too_many_connections
  "57P03", // PostgreSQL cannot_connect_now (starting up or shutting down)
]);

/** Seconds a client should wait before trying again (the Retry-After header). */
export const BUSY_RETRY_AFTER_SECONDS = 5;

export function isDatabaseBusy(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    if (current instanceof Error && BUSY_MESSAGES.has(current.message)) return true;
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && BUSY_CODES.has(code)) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}
