import PgBoss from "pg-boss";
import { bossOptions } from "@/lib/jobs/jobs";

/**
 * Creates or upgrades the job queue's tables (schema "pgboss"), offline, under pg-boss's advisory lock: run by
 * `npm start` and `npm run db:migrate` after Prisma's migrations, so a server never starts on a missing queue.
 */
export async function installJobTables(databaseUrl: string): Promise<void> {
  const boss = new PgBoss(bossOptions(databaseUrl, { max: 1 }));
  let failure: Error | undefined;
  boss.on("error", (error) => (failure ??= error));
  try {
    await boss.start();
  } finally {
    await boss.stop({ graceful: false }).catch(() => {});
  }
  if (failure) throw failure;
}
