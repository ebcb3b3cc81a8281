import path from "node:path";
import type { TestProject } from "vitest/node";
import { startEmbeddedCluster, type EmbeddedCluster } from "../db/embedded";
import { recreateDatabase } from "../db/ensure-database";
import { applyMigrations } from "../db/migrations";
import { installJobTables } from "../jobs/install";

// Runs once per `vitest run`, in the main process: a real PostgreSQL with a freshly migrated `hearth_test`
// database. TEST_DATABASE_URL names a server we may create databases on; without it, an embedded cluster
// lives in .data/test/postgres (apart from the quick start's .data/postgres).

declare module "vitest" {
  interface ProvidedContext {
    /** The freshly migrated `hearth_test` database. */
    testDatabaseUrl: string;
    /** The same server's `postgres` database, for tests that create and drop databases of their own. */
    adminDatabaseUrl: string;
  }
}

const TEST_DATABASE = "hearth_test";

function onServer(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export default async function setup(project: TestProject) {
  let cluster: EmbeddedCluster | undefined;
  let serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    cluster = await startEmbeddedCluster(path.join(process.cwd(), ".data", "test"));
    serverUrl = cluster.url("postgres");
  }

  const testUrl = onServer(serverUrl, TEST_DATABASE);
  try {
    await recreateDatabase(testUrl);
    await applyMigrations(testUrl);
    await installJobTables(testUrl);
  } catch (error) {
    await cluster?.stop();
    throw error;
  }

  project.provide("testDatabaseUrl", testUrl);
  project.provide("adminDatabaseUrl", onServer(serverUrl, "postgres"));

  return async () => {
    await cluster?.stop();
  };
}
