import "server-only";
import type pg from "pg";
import { createPool, createPrismaClient, type Db } from "@/lib/db/client";
import { env } from "@/lib/env";

export type { Db, Tx } from "@/lib/db/client";

type Connection = { pool: pg.Pool; client: Db };
const globalForDb = globalThis as unknown as { hearthDb?: Connection };

// Built on first use, not on import, so that `next build` can load route modules without a database.
// One pool serves both Prisma and the few hot reads that skip it (lib/db/hot-query.ts). It lives on globalThis, so
// that Next's bundle and the custom server's own routes (lib/hot-routes.ts, loaded by Node) share it in one process.
export function connection(): Connection {
  if (!globalForDb.hearthDb) {
    const pool = createPool(env().DATABASE_URL);
    globalForDb.hearthDb = { pool, client: createPrismaClient(pool) };
  }
  return globalForDb.hearthDb;
}

export const db = new Proxy({} as Db, {
  get(_target, property) {
    const real = connection().client;
    const value = Reflect.get(real, property);
    return typeof value === "function" ? value.bind(real) : value;
  },
});

/** Ends this process's shared connections: at shutdown, before the database goes away (and after each test file). */
export async function closeConnection(): Promise<void> {
  const open = globalForDb.hearthDb;
  globalForDb.hearthDb = undefined;
  await open?.client.$disconnect();
  await open?.pool.end().catch(() => undefined); // already ended by the adapter: fine
}
