// The background-job API: defineJob, schedule, enqueue. One PostgreSQL-backed queue (pg-boss) for the whole
// cluster, so a periodic check runs once per period whichever servers are up, and a job that fails or dies is
// retried with backoff. No "server-only": server.ts's runner and Next's use cases both load it.
import PgBoss from "pg-boss";
import type { Db } from "@/lib/db/client";

/** pg-boss keeps its tables in this schema, beside Prisma's (created on start and by `npm run db:migrate`). */
export const JOB_SCHEMA = "pgboss";

export type JobContext = { db: Db; jobId: string; attempt: number };
export type JobHandler<P> = (payload: P, context: JobContext) => Promise<unknown>;

export type JobOptions = {
  /** Tries after the first failure (default 5), waiting retryDelaySeconds, doubled each time (retryBackoff). */
  retryLimit?: number;
  retryDelaySeconds?: number;
  /** A run still active after this long is taken to have died (killed process, lost connection) and retried. */
  expireInSeconds?: number;
};

export type JobDefinition = {
  name: string;
  handler: JobHandler<never>;
  retryLimit: number;
  retryDelaySeconds: number;
  expireInSeconds: number;
  /** Set by schedule(): one run per period across the cluster. */
  everySeconds?: number;
};

type Registry = Map<string, JobDefinition>;
type Sender = { boss: PgBoss; queues: Set<string>; owned: boolean };

// Next bundles lib/ separately from server.ts's copy, in the same process: the registry and the sender live on
// globalThis so both copies see the one the runner started.
const globals = globalThis as typeof globalThis & {
  __hearthJobRegistry?: Registry;
  __hearthJobSender?: Promise<Sender>;
};
const registry: Registry = (globals.__hearthJobRegistry ??= new Map());

/**
 * Declares a background job. Adding one is one line in lib/jobs/catalog.ts:
 *   defineJob("mail.send-outbox", (_, { db }) => sendPendingMail(db), { everySeconds: 60 })
 * The handler must be idempotent: it may run again after a crash (claim rows and notify in one transaction, as the
 * reminder jobs do, and let createNotifications' DEDUP_RULES drop repeats within a write).
 */
export function defineJob<P extends object = Record<string, never>>(
  name: string,
  handler: JobHandler<P>,
  options: JobOptions & { everySeconds?: number } = {},
): JobDefinition {
  if (!/^[\w.-]+$/.test(name)) throw new Error(`A job name is letters, digits, '.', '_' or '-': "${name}"`);
  const definition: JobDefinition = {
    name,
    handler: handler as JobHandler<never>,
    retryLimit: options.retryLimit ?? 5,
    retryDelaySeconds: options.retryDelaySeconds ?? 30,
    expireInSeconds: options.expireInSeconds ?? 15 * 60,
  };
  registry.set(name, definition);
  if (options.everySeconds) schedule(name, { everySeconds: options.everySeconds });
  return definition;
}

/**
 * Runs a defined job once per period of `everySeconds`, aligned to the epoch (every 3600 s: on the hour), across
 * every server: each runner offers the period's run, and pg-boss's unique index on (queue, period) keeps one.
 */
export function schedule(name: string, { everySeconds }: { everySeconds: number }): void {
  const definition = registry.get(name);
  if (!definition) throw new Error(`No job "${name}" is defined: call defineJob first.`);
  if (!Number.isInteger(everySeconds) || everySeconds < 1 || everySeconds > 6 * 3600)
    throw new Error(`A job runs every 1 s to 6 h: ${everySeconds}`);
  definition.everySeconds = everySeconds;
}

export function jobDefinitions(): JobDefinition[] {
  return [...registry.values()];
}

export function jobDefinition(name: string): JobDefinition | undefined {
  return registry.get(name);
}

/** pg-boss's constructor options for Hearth: a small pool of its own, tables in JOB_SCHEMA. */
export function bossOptions(databaseUrl: string, extra: PgBoss.ConstructorOptions = {}): PgBoss.ConstructorOptions {
  return {
    connectionString: databaseUrl,
    schema: JOB_SCHEMA,
    application_name: "hearth-jobs",
    max: 3,
    migrate: true,
    supervise: false,
    schedule: false, // Hearth's periods come from schedule() above, not pg-boss's cron
    ...extra,
  };
}

/**
 * Creates the job's queue with its retry and expiry rules, or brings them up to date. pg-boss's create_queue adds a
 * table partition and is not locked: two servers starting at once deadlocked on it, so Hearth takes a cluster-wide
 * advisory lock around it. One simple-protocol query is one implicit transaction (rolled back whole on error, the lock
 * released at its end); the SQL is literal: the name is checked by defineJob, the options are numbers.
 */
export async function ensureQueue(boss: PgBoss, definition: JobDefinition): Promise<void> {
  const options = JSON.stringify({
    // "short": a job waiting in the queue with the same singletonKey is not queued twice.
    policy: "short",
    retryLimit: definition.retryLimit,
    retryDelay: definition.retryDelaySeconds,
    retryBackoff: true,
    expireInSeconds: definition.expireInSeconds,
  });
  const name = `'${definition.name}'`;
  await boss.getDb().executeSql(
    `select pg_advisory_xact_lock(hashtext('hearth.jobs.queues'));
     select ${JOB_SCHEMA}.create_queue(${name}, '${options}'::json)
       where not exists (select 1 from ${JOB_SCHEMA}.queue where name = ${name});
     update ${JOB_SCHEMA}.queue set retry_limit = ${definition.retryLimit}, retry_delay = ${definition.retryDelaySeconds},
       retry_backoff = true, expire_seconds = ${definition.expireInSeconds}, updated_on = now()
       where name = ${name}`,
    undefined as unknown as unknown[],
  );
}

/** The runner's pg-boss becomes this process's sender; stopping the runner takes it back. */
export function setSender(boss: PgBoss | null): void {
  if (boss) globals.__hearthJobSender = Promise.resolve({ boss, queues: new Set(), owned: false });
  else delete globals.__hearthJobSender;
}

async function sender(): Promise<Sender> {
  globals.__hearthJobSender ??= (async () => {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set: no database to queue jobs in.");
    const boss = new PgBoss(bossOptions(url, { max: 2 }));
    boss.on("error", (error) => console.error(`[hearth] job queue: ${error.message}`));
    await boss.start();
    return { boss, queues: new Set<string>(), owned: true };
  })().catch((error: unknown) => {
    delete globals.__hearthJobSender;
    throw error;
  });
  return globals.__hearthJobSender;
}

/**
 * Queues a run of a defined job; some runner in the cluster picks it up within seconds. With `singletonKey`, a run
 * already waiting with the same key is not queued again (returns null). Call it after your transaction commits.
 */
export async function enqueue<P extends object>(
  name: string,
  payload: P,
  { singletonKey }: { singletonKey?: string } = {},
): Promise<string | null> {
  const definition = registry.get(name);
  if (!definition) throw new Error(`No job "${name}" is defined: call defineJob first.`);
  const { boss, queues } = await sender();
  if (!queues.has(name)) {
    await ensureQueue(boss, definition);
    queues.add(name);
  }
  return boss.send(name, payload, singletonKey ? { singletonKey } : {});
}

/** Stops a sender this process started on its own (tests, scripts); a runner's sender stops with the runner. */
export async function closeSender(): Promise<void> {
  const current = globals.__hearthJobSender;
  delete globals.__hearthJobSender;
  const value = await current?.catch(() => undefined);
  if (value?.owned) await value.boss.stop({ graceful: false });
}
