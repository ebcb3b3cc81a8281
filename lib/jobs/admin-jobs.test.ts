import { afterAll, describe, expect, inject, it } from "vitest";
import { db } from "@/lib/db";
import { createPrismaClient } from "@/lib/db/client";
import { defineJob, enqueue } from "@/lib/jobs/jobs";
import { listJobRuns } from "@/lib/jobs/list-job-runs";
import { retryJobRun } from "@/lib/jobs/retry-job-run";
import { startJobRunner } from "@/lib/jobs/runner";
import { actorOf, createUser } from "@/lib/test/factories";

const runnerDb = createPrismaClient(inject("testDatabaseUrl"), 2);
afterAll(() => runnerDb.$disconnect());

async function until(check: () => Promise<boolean>, what: string) {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > 60_000) throw new Error(`Gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const stateOf = async (id: string) =>
  (await db.$queryRawUnsafe<{ state: string }[]>(`select state::text from pgboss.job where id = $1::uuid`, id))[0]
    ?.state;

describe("/admin/jobs", () => {
  it("[JOBS] admins see a failed run with its error and retry it; others may not look", async () => {
    let failing = true;
    defineJob(
      "test.flaky",
      async () => {
        if (failing) throw new Error("The intranet's mail relay refused the connection");
        return { sent: 1 };
      },
      { retryLimit: 1, retryDelaySeconds: 1 },
    );
    const runner = await startJobRunner({
      databaseUrl: inject("testDatabaseUrl"),
      db: runnerDb,
      only: ["test.flaky"],
      pollingIntervalSeconds: 0.5,
      log: () => {},
    });
    try {
      const id = (await enqueue("test.flaky", {}))!;
      await until(async () => (await stateOf(id)) === "failed", "the run to use up its two tries");

      const { user: admin } = await createUser({ role: "ADMIN" });
      const { user: employee } = await createUser();
      await expect(listJobRuns(actorOf(employee), {})).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(retryJobRun(actorOf(employee), { runId: id })).rejects.toMatchObject({ code: "FORBIDDEN" });

      const view = await listJobRuns(actorOf(admin), {});
      const failure = view.failures.find((run) => run.id === id);
      expect(failure).toMatchObject({
        name: "test.flaky",
        state: "failed",
        attempt: 2,
        result: "The intranet's mail relay refused the connection",
      });
      expect(view.queues.find((queue) => queue.name === "test.flaky")).toMatchObject({ failed: 1 });

      failing = false;
      await retryJobRun(actorOf(admin), { runId: id });
      await expect(retryJobRun(actorOf(admin), { runId: id })).rejects.toMatchObject({ code: "CONFLICT" });
      await until(async () => (await stateOf(id)) === "completed", "the retried run to complete");
      const after = await listJobRuns(actorOf(admin), {});
      expect(after.failures.some((run) => run.id === id)).toBe(false);
      expect(after.recent.find((run) => run.id === id)).toMatchObject({ state: "completed", result: '{"sent":1}' });
      await expect(retryJobRun(actorOf(admin), { runId: "not-a-uuid" })).rejects.toMatchObject({ code: "BAD_INPUT" });
    } finally {
      await runner.stop({ graceful: false });
    }
  });
});
