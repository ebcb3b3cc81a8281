import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { startEmbeddedCluster } from "@/lib/db/embedded";
import { ensureDatabaseExists, recreateDatabase } from "@/lib/db/ensure-database";
import { applyMigrations } from "@/lib/db/migrations";
import { installJobTables } from "@/lib/jobs/install";
import { finishAskerKeys } from "@/lib/privacy/finish-asker-keys";

export type PreparedDatabase = { url: string; embedded: boolean; stop: () => Promise<void> };

/**
 * Makes DATABASE_URL (and, for the embedded default, AUTH_SECRET) real before anything reads them:
 * with DATABASE_URL set, that server is used; without it, an embedded PostgreSQL under the data
 * folder. Either way the same migrations run, so the code path after this is the same.
 */
export async function prepareDatabase({
  fresh = false,
  log = console.log,
}: { fresh?: boolean; log?: (line: string) => void } = {}): Promise<PreparedDatabase> {
  loadDotEnv();
  const dataDir = process.env.HEARTH_DATA_DIR ?? path.join(process.cwd(), ".data");
  let prepared: PreparedDatabase;

  if (process.env.DATABASE_URL) {
    prepared = { url: process.env.DATABASE_URL, embedded: false, stop: async () => {} };
  } else {
    log(`Starting the embedded PostgreSQL (data in ${path.relative(process.cwd(), dataDir) || "."}) …`);
    const cluster = await startEmbeddedCluster(dataDir);
    prepared = { url: cluster.url("hearth"), embedded: true, stop: cluster.stop };
    process.env.DATABASE_URL = prepared.url;
    process.env.AUTH_SECRET ??= await readOrCreateSecret(path.join(dataDir, "auth-secret"));
  }

  if (fresh) await recreateDatabase(prepared.url);
  else await ensureDatabaseExists(prepared.url);
  const { applied } = await applyMigrations(prepared.url);
  if (applied.length > 0) log(`Applied ${applied.length} migration(s): ${applied.join(", ")}`);
  await installJobTables(prepared.url);
  // The key that stands in for who asked a question (lib/privacy/asker-key.ts): HEARTH_ANON_SECRET, else a file
  // in the data folder that is never in the database.
  process.env.HEARTH_ANON_SECRET ??= await readOrCreateSecret(path.join(dataDir, "anon-secret"));
  const keyed = await finishAskerKeys(prepared.url);
  if (keyed > 0) log(`Replaced the asker of ${keyed} question(s) with a keyed hash.`);
  return prepared;
}

async function readOrCreateSecret(file: string): Promise<string> {
  if (existsSync(file)) return (await readFile(file, "utf8")).trim();
  await mkdir(path.dirname(file), { recursive: true });
  const secret = randomBytes(33).toString("base64");
  await writeFile(file, secret + "\n", { mode: 0o600 });
  return secret;
}

/** Reads `.env` into process.env for the scripts (variables already set win); Next reads it itself. */
function loadDotEnv(file = path.join(process.cwd(), ".env")) {
  if (existsSync(file)) process.loadEnvFile(file);
}
