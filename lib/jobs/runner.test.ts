import { afterAll, describe, expect, inject, it } from "vitest";
import "@/lib/jobs/catalog";
import { createActionItemRow } from "@/lib/action-items/test-fixtures";
import { db } from "@/lib/db";
import { createPrismaClient } from "@/lib/db/client";
import { defineJob, jobDefinition, jobDefinitions, JOB_SCHEMA, type JobDefinition } from "@/lib/jobs/jobs";
import { startJobRunner, type JobRunner } from "@/lib/jobs/runner";
import { createUser } from "@/lib/test/factories";

// Two runners on one database stand for two Hearth servers: each has its own pg-boss, pool and timers.
const databaseUrl = inject("testDatabaseUrl");
const runnerDb = createPrismaClient(databaseUrl, 3);
const runners: JobRunner[] = [];
afterAll(async () => {
  await Promise.all(runners.map((runner) => runner.stop({ graceful: false })));
  await runnerDb.$disconnect();
});

type Run = { name: string; jobId: string };
/** Counts each handler call, whichever runner makes it. */
function countRuns(definitions: JobDefinition[]): Run[] {
  const runs: Run[] = [];
  for (const definition of definitions) {
    const handler = definition.handler;
    definition.handler = async (payload, context) => {
      runs.push({ name: definition.name, jobId: context.jobId });
      return handler(payload, context);
    };
  }
  return runs;
}

async function until(check: () => Promise<boolean> | boolean, what: string, limitMs = 60_000) {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > limitMs) throw new Error(`Gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const jobRows = (name: string) =>
  db.$queryRawUnsafe<{ id: string; state: string; singleton_on: Date | null; output: unknown }[]>(
    `select id::text, state::text, singleton_on, output from ${JOB_SCHEMA}.job where name = $1 order by created_on`,
    name,
  );

describe("job runners", () => {
  it("[JOBS] two runners on one database run each periodic job once per period", async () => {
    defineJob("test.every-two-seconds", async () => ({ ok: true }), { everySeconds: 2 });
    const scheduled = jobDefinitions().filter((job) => job.everySeconds);
    expect(scheduled.map((job) => job.name)).toEqual(
      expect.arrayContaining([
        "action-items.remind-overdue",
        "challenges.close-due",
        "communities.remind-review-due",
        "health.check-cold-communities",
        "live-shows.remind",
        "test.every-two-seconds",
      ]),
    );
    const runs = countRuns(scheduled);
    const options = { databaseUrl, db: runnerDb, offerEveryMs: 250, pollingIntervalSeconds: 0.5, log: () => {} };
    runners.push(...(await Promise.all([startJobRunner(options), startJobRunner(options)])));

    // Both runners offer every period's run four times a second; let several two-second periods pass.
    await until(
      async () => (await jobRows("test.every-two-seconds")).filter((row) => row.state === "completed").length >= 4,
      "four periods of the two-second job",
    );
    // Every real periodic job ran in the period the runners started in (they offer it at once).
    for (const job of scheduled)
      await until(
        async () => (await jobRows(job.name)).some((row) => row.state === "completed"),
        `${job.name} to complete`,
      );
    await Promise.all(runners.splice(0).map((runner) => runner.stop()));

    for (const job of scheduled) {
      const rows = await jobRows(job.name);
      const periods = rows.map((row) => row.singleton_on?.toISOString());
      expect(new Set(periods).size, `${job.name}: one run per period`).toBe(rows.length);
      const handled = runs.filter((run) => run.name === job.name).map((run) => run.jobId);
      expect(new Set(handled).size, `${job.name}: each run handled once`).toBe(handled.length);
      expect(handled.length).toBe(rows.filter((row) => row.state !== "created").length);
    }
  });

  it("[JOBS] a run that dies after its work committed is retried elsewhere without duplicate notifications", async () => {
    const { user: leader } = await createUser({ role: "LEADER" });
    const { user: kees } = await createUser();
    const item = await createActionItemRow(leader.id, [kees.id], {
      dueDate: new Date(Date.now() - 3 * 86_400_000),
      status: "OPEN",
    });
    const overdue = jobDefinition("action-items.remind-overdue")!;
    // The first test ran this hour's run already: clear it, so the runner below offers a new one.
    await db.$executeRawUnsafe(`delete from ${JOB_SCHEMA}.job where name = $1`, overdue.name);
    // A short lease and retry delay, so the test need not wait fifteen minutes for the dead run's lease to end.
    Object.assign(overdue, { expireInSeconds: 1, retryDelaySeconds: 1, everySeconds: 3600 });
    const realHandler = overdue.handler;
    let calls = 0;
    let dying: () => void = () => {};
    const died = new Promise<void>((resolve) => (dying = resolve));
    overdue.handler = async (payload, context) => {
      calls += 1;
      const result = await realHandler(payload, context);
      if (calls === 1) {
        // The first server did the work and committed it, then froze before telling the queue: it never answers.
        dying();
        return new Promise(() => {});
      }
      return result;
    };
    const options = { databaseUrl, db: runnerDb, only: [overdue.name], pollingIntervalSeconds: 0.5, log: () => {} };

    const first = await startJobRunner({ ...options, maintenanceIntervalSeconds: 3600 });
    runners.push(first);
    await died;
    const notes = () => db.notification.count({ where: { actionItemId: item.id, type: "ACTION_OVERDUE" } });
    expect(await notes()).toBe(2);

    // The second server's maintenance finds the run past its lease, puts it back, and runs it again.
    runners.push(await startJobRunner({ ...options, maintenanceIntervalSeconds: 1 }));
    await until(
      async () => (await jobRows(overdue.name)).some((row) => row.state === "completed"),
      "the retried run to complete",
    );
    expect(calls).toBe(2);
    const rows = await jobRows(overdue.name);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.output).toMatchObject({ reminded: 0, recipients: 0 });
    expect(await notes()).toBe(2);
  });
});
