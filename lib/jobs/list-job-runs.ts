import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { db } from "@/lib/db";
import { jobDefinitions } from "@/lib/jobs/jobs";

export type JobRunView = {
  id: string;
  name: string;
  state: "created" | "retry" | "active" | "completed" | "cancelled" | "failed";
  /** Tries so far (1 = the first). */
  attempt: number;
  retryLimit: number;
  createdAt: string;
  startedAt: string | null;
  completedAt: string | null;
  /** The handler's result for a completed run ({ reminded: 3 }), the error message for a failed one. */
  result: string | null;
};

export type JobQueueView = {
  name: string;
  everySeconds: number | null;
  lastCompletedAt: string | null;
  waiting: number;
  failed: number;
};

type Row = {
  id: string;
  name: string;
  state: JobRunView["state"];
  retry_count: number;
  retry_limit: number;
  created_on: Date;
  started_on: Date | null;
  completed_on: Date | null;
  output: unknown;
};

const RECENT = 50;

function resultOf(state: string, output: unknown): string | null {
  if (output === null || output === undefined) return null;
  if (state === "failed" || state === "retry") {
    const error = output as { message?: unknown; value?: { message?: unknown } };
    const message = error.message ?? error.value?.message;
    return typeof message === "string" ? message : JSON.stringify(output);
  }
  const text = JSON.stringify(output);
  return text === "{}" ? null : text.length > 300 ? `${text.slice(0, 300)}…` : text;
}

const toView = (row: Row): JobRunView => ({
  id: row.id,
  name: row.name,
  state: row.state,
  attempt: row.retry_count + (row.state === "created" ? 0 : 1),
  retryLimit: row.retry_limit,
  createdAt: row.created_on.toISOString(),
  startedAt: row.started_on?.toISOString() ?? null,
  completedAt: row.completed_on?.toISOString() ?? null,
  result: resultOf(row.state, row.output),
});

const columns = `id::text, name, state::text, retry_count, retry_limit, created_on, started_on, completed_on, output`;

/**
 * The job queue as admins see it: each known job with its last completion and backlog, the latest runs, and the
 * failures (retries used up) with their error text. Reads pg-boss's tables (schema "pgboss"); jobs carry no personal
 * data beyond ids in their payload, and the payload is not shown.
 */
export const listJobRuns = defineUseCase({
  input: z.object({}),
  permission: "jobs.manage",
  run: async () => {
    const [recent, failed, queues] = await Promise.all([
      db.$queryRawUnsafe<Row[]>(
        `select ${columns} from pgboss.job where name not like '\\_\\_pgboss%' and state <> 'created'
         order by coalesce(completed_on, started_on, created_on) desc limit ${RECENT}`,
      ),
      db.$queryRawUnsafe<Row[]>(
        `select ${columns} from pgboss.job where state = 'failed' order by completed_on desc nulls last limit ${RECENT}`,
      ),
      db.$queryRawUnsafe<{ name: string; last: Date | null; waiting: number; failed: number }[]>(
        `select q.name,
           (select max(completed_on) from pgboss.job j where j.name = q.name and j.state = 'completed') as last,
           (select count(*)::int from pgboss.job j where j.name = q.name and j.state in ('created', 'retry')) as waiting,
           (select count(*)::int from pgboss.job j where j.name = q.name and j.state = 'failed') as failed
         from pgboss.queue q where q.name not like '\\_\\_pgboss%' order by q.name`,
      ),
    ]);
    const schedule = new Map(jobDefinitions().map((job) => [job.name, job.everySeconds ?? null]));
    return {
      queues: queues.map((queue): JobQueueView => ({
        name: queue.name,
        everySeconds: schedule.get(queue.name) ?? null,
        lastCompletedAt: queue.last?.toISOString() ?? null,
        waiting: queue.waiting,
        failed: queue.failed,
      })),
      recent: recent.map(toView),
      failures: failed.map(toView),
    };
  },
});
