import { afterAll, inject } from "vitest";
import { closeConnection } from "@/lib/db";

// Runs in every test file's worker before its tests: the settings lib/env.ts reads, pointed at the test database.
export const TEST_AUTH_SECRET = "hearth-test-secret-not-for-production-00"; // 40 characters

Object.assign(process.env, {
  NODE_ENV: "test",
  DATABASE_URL: inject("testDatabaseUrl"),
  AUTH_SECRET: TEST_AUTH_SECRET,
});

// The lazy `db` of lib/db.ts keeps its client on globalThis: close its pool so a worker can finish cleanly.
afterAll(closeConnection);
