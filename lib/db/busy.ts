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

// The database cannot be reached for a moment: restarting, failing over, or the connection dropped mid-request. As
// with busy, a 503 "try again" with Retry-After, never a 500; but nothing can promise that "nothing was changed" (a
// commit may have landed before its connection dropped), so the sentence says less. Seen through pg, Prisma's
// driver adapter (DriverAdapterError kinds and PostgreSQL codes) and the Prisma client (P1001, P1017, P2039).
const UNAVAILABLE_MESSAGES = new Set([
  "Connection terminated unexpectedly", // pg: the server closed the connection (shutdown, crash, network)
  "Client has encountered a connection error and is not queryable", // pg: a client that lost its connection
  "Connection terminated", // pg: a client ended while a query waited
]);
const UNAVAILABLE_CODES = new Set([
  "ECONNREFUSED", // nothing listens: the server is down or restarting
  "ECONNRESET",
  "57P01", // admin_shutdown: terminating connection due to administrator command (a fast or smart shutdown)
  "57P02", // crash_shutdown
  "57P03", // cannot_connect_now: starting up or shutting down
  "08000", // connection_exception and its kinds
  "08003",
  "08006",
  "P1001", // Prisma: can't reach the database server
  "P1017", // Prisma: the server closed the connection
]);
const UNAVAILABLE_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout"]);

export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length > 0 && seen.size < 12) {
    const current = queue.shift();
    if (!current || typeof current !== "object" || seen.has(current)) continue;
    seen.add(current);
    const { message, code, originalCode, kind, cause, meta } = current as {
      message?: unknown;
      code?: unknown;
      originalCode?: unknown;
      kind?: unknown;
      cause?: unknown;
      meta?: { driverAdapterError?: unknown };
    };
    if (typeof message === "string" && UNAVAILABLE_MESSAGES.has(message)) return true;
    if (typeof code === "string" && UNAVAILABLE_CODES.has(code)) return true;
    if (typeof originalCode === "string" && UNAVAILABLE_CODES.has(originalCode)) return true;
    if (typeof kind === "string" && UNAVAILABLE_KINDS.has(kind)) return true;
    if (typeof message === "string" && /Code: `(57P0[123]|0800[036])`/.test(message)) return true; // Prisma P2039's text
    queue.push(cause, meta?.driverAdapterError);
  }
  return false;
}
