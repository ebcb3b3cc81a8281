import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

export const retryJobRunInput = z.object({ runId: z.uuid("Choose a failed run to retry.") });

/**
 * Puts a failed run back in its queue with a fresh set of tries; the next free runner picks it up within seconds.
 * Only a failed run: a completed, waiting or running one is left alone (409), so a double click retries once.
 */
export const retryJobRun = defineUseCase({
  input: retryJobRunInput,
  permission: "jobs.manage",
  run: async ({ input }) => {
    const rows = await db.$queryRawUnsafe<{ name: string }[]>(
      `update pgboss.job set state = 'retry', retry_count = 0, start_after = now(), completed_on = null,
         retry_limit = greatest(retry_limit, 1)
       where id = $1::uuid and state = 'failed'
       returning name`,
      input.runId,
    );
    if (rows.length === 0) {
      const exists = await db.$queryRawUnsafe<{ state: string }[]>(
        `select state::text from pgboss.job where id = $1::uuid`,
        input.runId,
      );
      if (exists.length === 0) throw new AppError("NOT_FOUND", "That run is no longer in the queue.");
      throw new AppError("CONFLICT", "That run has not failed (any more): there is nothing to retry.");
    }
    return { name: rows[0]!.name };
  },
});
