import { afterAll, inject } from "vitest";
import type pg from "pg";
import type { Db } from "@/lib/db/client";

// Runs in every test file's worker before its tests: the settings lib/env.ts reads, pointed at the test database.
export const TEST_AUTH_SECRET = "hearth-test-secret-not-for-production-00"; // 40 characters

Object.assign(process.env, {
  NODE_ENV: "test",
  DATABASE_URL: inject("testDatabaseUrl"),
  AUTH_SECRET: TEST_AUTH_SECRET,
});

// The lazy `db` of lib/db.ts keeps its client on globalThis: close its pool so a worker can finish cleanly.
afterAll(async () => {
  const holder = globalThis as unknown as { hearthDb?: { pool: pg.Pool; client: Db } };
  const connection = holder.hearthDb;
  holder.hearthDb = undefined;
  await connection?.client.$disconnect();
  await connection?.pool.end().catch(() => undefined); // already ended by the adapter: fine
});
