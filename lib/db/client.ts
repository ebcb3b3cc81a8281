import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * How long a request waits for a pooled connection before it is answered "busy, try again" (lib/db/busy.ts):
 * DATABASE_POOL_WAIT_MS, 5 s by default. The tests wait longer, so that a busy machine slows them down instead of
 * failing them; the busy answer itself is tested with a short wait.
 */
export function poolWaitMs(): number {
  const configured = Number(process.env.DATABASE_POOL_WAIT_MS);
  return Number.isInteger(configured) && configured > 0 ? configured : 5_000;
}

/**
 * Every session runs in UTC. adapter-pg sends a Date as a zone-less UTC wall-clock text, which PostgreSQL reads in the
 * session's zone when it meets a timestamptz (prisma/orm#28629): on a server set to local time every write would
 * shift. A client startup option outranks the server's and the database's `timezone`; options already in the URL
 * are kept.
 */
export function inUtc(connectionString: string): string {
  const url = new URL(connectionString);
  url.searchParams.set("options", [url.searchParams.get("options"), "-c TimeZone=UTC"].filter(Boolean).join(" "));
  return url.toString();
}

/** The connection pool behind a Prisma client; the hottest reads use it directly (lib/db/hot-query.ts). */
export function createPool(connectionString: string, max = 10, waitMs = poolWaitMs()): pg.Pool {
  const pool = new pg.Pool({ connectionString: inUtc(connectionString), max, connectionTimeoutMillis: waitMs });
  // An idle connection the server closes (a restart, a failover, shutdown) is dropped by the pool and replaced on
  // the next query; without a listener its error would be an unhandled 'error' event and end the process.
  pool.on("error", (error) => console.error(`[hearth] an idle database connection was closed: ${error.message}`));
  return pool;
}

// The one place a Prisma client is built. Password hashes never leave the data layer by accident:
// they are omitted unless a query asks for them explicitly (only lib/auth does).
export function createPrismaClient(connection: string | pg.Pool, max = 10) {
  const waitMs = poolWaitMs();
  return new PrismaClient({
    adapter: new PrismaPg(typeof connection === "string" ? createPool(connection, max, waitMs) : connection),
    // Bursts (50 people reacting at once) queue for a pooled connection rather than failing after 2 s; the pool's own
    // wait ends first, so a burst past it is answered "busy" (10 s / 15 s with the default wait).
    transactionOptions: { maxWait: 2 * waitMs, timeout: Math.max(15_000, 3 * waitMs) },
    // Never returned unless a query asks: password hashes, and who asked a question (anonymity is real).
    omit: { user: { passwordHash: true }, question: { askerKey: true } },
  });
}

export type Db = ReturnType<typeof createPrismaClient>;
// What an interactive transaction callback receives (the client without connection and transaction control).
export type Tx = Omit<Db, "$connect" | "$disconnect" | "$on" | "$use" | "$extends" | "$transaction">;
