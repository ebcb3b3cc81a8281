// One more Hearth server (the production build) on the database another Hearth already prepared: DATABASE_URL, or
// the embedded PostgreSQL that a running `npm start` keeps under HEARTH_DATA_DIR. With REDIS_URL the two behave as
// one (docs/operations.md). Used by the multi-server tests, the fault tests and `npm run bench:realtime`:
//   HEARTH_DATA_DIR=.data PORT=3001 REDIS_URL=redis://127.0.0.1:6379 npx tsx scripts/cluster-server.ts
import path from "node:path";
import { runningEmbeddedUrl } from "@/lib/db/embedded";

async function main() {
  if (!process.env.DATABASE_URL) {
    const dataDir = process.env.HEARTH_DATA_DIR ?? path.join(process.cwd(), ".data");
    const url = await runningEmbeddedUrl(dataDir, "hearth");
    if (!url) {
      console.error(`No DATABASE_URL and no embedded PostgreSQL running under ${dataDir}: start Hearth there first.`);
      process.exit(1);
    }
    process.env.DATABASE_URL = url;
  }
  (process.env as Record<string, string>).NODE_ENV = "production";
  process.env.NEXT_TELEMETRY_DISABLED ??= "1";
  const { startServer } = await import("../server");
  const { env } = await import("@/lib/env");
  const server = await startServer({ dev: false });
  console.log(`Hearth is listening on port ${env().PORT}`);
  let stopping = false;
  const stop = () => {
    if (stopping) process.exit(1);
    stopping = true;
    void server.close().finally(() => process.exit(0));
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
