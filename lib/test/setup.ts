import { afterAll, inject } from "vitest";
import { closeConnection } from "@/lib/db";
import { closeSender } from "@/lib/jobs/jobs";

// Runs in every test file's worker before its tests: the settings lib/env.ts reads, pointed at the test database.
export const TEST_AUTH_SECRET = "hearth-test-secret-not-for-production-00"; // 40 characters

Object.assign(process.env, {
  NODE_ENV: "test",
  DATABASE_URL: inject("testDatabaseUrl"),
  AUTH_SECRET: TEST_AUTH_SECRET,
  HEARTH_ANON_SECRET: "hearth-test-anonymity-secret-not-for-production",
  // Race tests send 50 writes at a 10-connection pool: on a busy machine the queue may take longer than production's
  // 5 s wait. They test correctness under contention, not the wait; the busy answer has its own test (lib/db/busy.test.ts).
  DATABASE_POOL_WAIT_MS: "120000",
});

// The lazy `db` of lib/db.ts keeps its client on globalThis: close its pool so a worker can finish cleanly.
afterAll(closeConnection);
// A use case that queued a job (a link preview) opened the queue's own small pool: close it too.
afterAll(closeSender);
