import { readFileSync } from "node:fs";
import path from "node:path";
import { startEmbeddedCluster } from "@/lib/db/embedded";
import { ensureDatabaseExists, recreateDatabase } from "@/lib/db/ensure-database";
import { applyMigrations } from "@/lib/db/migrations";

// The benchmark's own database, never the one `npm start` or the tests use:
//   BENCH_DATABASE_URL  used as it is (dedicated to the benchmark: generation empties its tables),
//   TEST_DATABASE_URL   its server, database hearth_bench (dropped and recreated to regenerate),
//   neither             an embedded cluster under .data/bench, database hearth_bench.

export type BenchDatabase = {
  url: string;
  /** Where it lives, for the report (no password). */
  describe: string;
  /** True when the benchmark may drop and recreate the database itself. */
  owned: boolean;
  /** The embedded cluster's postmaster, to meter its CPU; undefined for a server we do not run. */
  postmasterPid: () => number | undefined;
  stop: () => Promise<void>;
};

const BENCH_DB = "hearth_bench";

function withDatabase(url: string, name: string): string {
  const next = new URL(url);
  next.pathname = `/${name}`;
  return next.toString();
}

function redact(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = "***";
  return parsed.toString();
}

export async function openBenchDatabase(log: (line: string) => void): Promise<BenchDatabase> {
  let db: BenchDatabase;
  if (process.env.BENCH_DATABASE_URL) {
    const url = process.env.BENCH_DATABASE_URL;
    db = {
      url,
      describe: `BENCH_DATABASE_URL ${redact(url)}`,
      owned: false,
      postmasterPid: () => undefined,
      stop: async () => {},
    };
  } else if (process.env.TEST_DATABASE_URL) {
    const url = withDatabase(process.env.TEST_DATABASE_URL, BENCH_DB);
    db = {
      url,
      describe: `TEST_DATABASE_URL's server, ${redact(url)}`,
      owned: true,
      postmasterPid: () => undefined,
      stop: async () => {},
    };
  } else {
    const dataDir = path.join(process.cwd(), ".data", "bench");
    log(`Starting the embedded PostgreSQL for the benchmark (${path.relative(process.cwd(), dataDir)}) …`);
    const cluster = await startEmbeddedCluster(dataDir);
    const url = cluster.url(BENCH_DB);
    const pidFile = path.join(dataDir, "postgres", "postmaster.pid");
    const postmasterPid = () => {
      try {
        return Number(readFileSync(pidFile, "utf8").split("\n")[0]) || undefined;
      } catch {
        return undefined; // not running
      }
    };
    db = {
      url,
      describe: `embedded cluster in .data/bench, database ${BENCH_DB}`,
      owned: true,
      postmasterPid,
      stop: cluster.stop,
    };
  }
  try {
    await ensureDatabaseExists(db.url);
    await migrate(db.url, log);
  } catch (error) {
    await db.stop().catch(() => {});
    throw error;
  }
  return db;
}

/** Starts from an empty schema when the benchmark owns the database; otherwise generation truncates. */
export async function resetBenchDatabase(db: BenchDatabase, log: (line: string) => void): Promise<void> {
  if (!db.owned) return;
  log(`Recreating database ${BENCH_DB} …`);
  await recreateDatabase(db.url);
  await migrate(db.url, log);
}

async function migrate(url: string, log: (line: string) => void) {
  const { applied } = await applyMigrations(url);
  if (applied.length > 0) log(`Applied ${applied.length} migration(s): ${applied.join(", ")}`);
}
