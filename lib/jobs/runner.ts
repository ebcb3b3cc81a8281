// The job runner each Hearth server starts beside its HTTP server (server.ts). Any number of runners share one
// database: pg-boss hands each queued run to exactly one of them (FOR UPDATE SKIP LOCKED), and a period's run of
// a scheduled job is one row (a unique index on queue and period), so a check runs once per period cluster-wide.
import PgBoss from "pg-boss";
import type { Db } from "@/lib/db/client";
import { bossOptions, ensureQueue, jobDefinitions, setSender, type JobDefinition } from "@/lib/jobs/jobs";

export type JobRunner = { boss: PgBoss; stop: (options?: { graceful?: boolean }) => Promise<void> };

export type RunnerOptions = {
  databaseUrl: string;
  db: Db;
  /** Which jobs this runner works (default: every defined job). */
  only?: string[];
  /** How often a runner offers the current period's run of each scheduled job (default 5 s). */
  offerEveryMs?: number;
  /** How often idle workers look for queued runs (default 2 s; an enqueue in this process wakes them at once). */
  pollingIntervalSeconds?: number;
  /** How often expired runs are retried and old ones archived (default 60 s). */
  maintenanceIntervalSeconds?: number;
  log?: (line: string) => void;
};

export async function startJobRunner(options: RunnerOptions): Promise<JobRunner> {
  const log = options.log ?? ((line: string) => console.error(line));
  const boss = new PgBoss(
    bossOptions(options.databaseUrl, {
      supervise: true,
      maintenanceIntervalSeconds: options.maintenanceIntervalSeconds ?? 60,
      // Finished runs stay visible to admins (/admin/jobs) for 12 hours, then a week in the archive.
      archiveCompletedAfterSeconds: 12 * 3600,
      // Failures stay retryable from /admin/jobs for a week.
      archiveFailedAfterSeconds: 7 * 86_400,
      deleteAfterDays: 7,
    }),
  );
  boss.on("error", (error) => log(`[hearth] job queue: ${error.message}`));
  await boss.start();

  const definitions = jobDefinitions().filter((job) => !options.only || options.only.includes(job.name));
  for (const definition of definitions) await ensureQueue(boss, definition);
  for (const definition of definitions) {
    await boss.work(
      definition.name,
      { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2, batchSize: 1, includeMetadata: true },
      async ([job]) => {
        if (!job) return;
        try {
          return await definition.handler(job.data as never, {
            db: options.db,
            jobId: job.id,
            attempt: job.retryCount + 1,
          });
        } catch (error) {
          log(`[hearth] job ${definition.name} failed (try ${job.retryCount + 1}): ${(error as Error).message}`);
          throw error;
        }
      },
    );
  }
  setSender(boss);

  const scheduled = definitions.filter((job): job is JobDefinition & { everySeconds: number } =>
    Boolean(job.everySeconds),
  );
  const offer = async () => {
    for (const job of scheduled) {
      // One row per (queue, period): every runner offers, the first insert wins, the others are no-ops.
      await boss.send(job.name, {}, { singletonSeconds: job.everySeconds }).catch((error: Error) => {
        log(`[hearth] could not queue ${job.name}: ${error.message}`);
      });
    }
  };
  await offer();
  const timer = setInterval(() => void offer(), options.offerEveryMs ?? 5_000);
  timer.unref();

  let stopped = false;
  return {
    boss,
    async stop({ graceful = true } = {}) {
      if (stopped) return;
      stopped = true;
      clearInterval(timer);
      setSender(null);
      // Graceful: waits (up to 20 s) for runs in progress; what does not finish is retried elsewhere after expiry.
      await boss
        .stop({ graceful, timeout: 20_000 })
        .catch((error: Error) => log(`[hearth] job queue: ${error.message}`));
    },
  };
}
