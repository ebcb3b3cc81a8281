import "server-only";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { env } from "@/lib/env";

export type { Db, Tx } from "@/lib/db/client";

const globalForDb = globalThis as unknown as { hearthDb?: Db };

// Built on first use, not on import, so that `next build` can load route modules without a database.
function client(): Db {
  globalForDb.hearthDb ??= createPrismaClient(env().DATABASE_URL);
  return globalForDb.hearthDb;
}

export const db = new Proxy({} as Db, {
  get(_target, property) {
    const real = client();
    const value = Reflect.get(real, property);
    return typeof value === "function" ? value.bind(real) : value;
  },
});
