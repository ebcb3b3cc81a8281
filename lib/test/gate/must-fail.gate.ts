import { expect, inject, test } from "vitest";
import { db } from "@/lib/db";

// The test gate's fixture (scripts/test-gate.ts), never part of the normal run: the same global setup as the suite
// (a real PostgreSQL, embedded unless TEST_DATABASE_URL is set), one test that passes and one that must fail.
test("[GATE] the database of the suite answers", async () => {
  expect(inject("testDatabaseUrl")).toMatch(/^postgresql:/);
  expect(await db.user.count()).toBeGreaterThanOrEqual(0);
});

test("[GATE] this test must fail", () => {
  expect(1, "the gate's deliberate failure").toBe(2);
});
