import { randomBytes } from "node:crypto";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import { recreateDatabase } from "./ensure-database";
import { applyMigrations, createMigration, defaultSchemaPath, diffDatabaseToSchema } from "./migrations";

// The test server's `postgres` database (lib/test/global-setup.ts): these tests create and drop databases of their own.
const serverUrl = inject("adminDatabaseUrl");

function databaseUrl(name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Runs `body` against a fresh, empty database on the test server and drops it afterwards. */
async function withFreshDatabase<T>(body: (url: string) => Promise<T>): Promise<T> {
  const name = `hearth_test_mig_${randomBytes(6).toString("hex")}`;
  const url = databaseUrl(name);
  await recreateDatabase(url);
  try {
    return await body(url);
  } finally {
    const admin = new pg.Client({ connectionString: databaseUrl("postgres") });
    await admin.connect();
    await admin.query(`drop database if exists "${name}" with (force)`).finally(() => admin.end());
  }
}

async function query(url: string, sql: string): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

// Each test takes a second or two on a quiet machine; a schema-engine panic leaves its promise pending forever, which
// the suite's test timeout turns into a failure. No tighter budget: a busy machine is slow, not broken.
describe("migrations", () => {
  it("[DB] applying every migration to an empty database yields exactly schema.prisma (no drift)", async () => {
    await withFreshDatabase(async (url) => {
      const { applied } = await applyMigrations(url);
      expect(applied.length).toBeGreaterThan(0);
      expect(await diffDatabaseToSchema(url)).toBe("");
    });
  });

  it("[DB] applying migrations twice applies nothing the second time", async () => {
    await withFreshDatabase(async (url) => {
      const first = await applyMigrations(url);
      expect(first.applied.length).toBeGreaterThan(0);
      expect(await applyMigrations(url)).toEqual({ applied: [] });
      const recorded = await query(
        url,
        `select migration_name from "_prisma_migrations" where finished_at is not null order by migration_name`,
      );
      expect(recorded.rows.map((row: { migration_name: string }) => row.migration_name)).toEqual(first.applied);
    });
  });

  it("[DB] the drift check fails when the database lacks a column of schema.prisma", async () => {
    await withFreshDatabase(async (url) => {
      await applyMigrations(url);
      await query(url, `alter table "User" drop column "bio"`);
      const diff = await diffDatabaseToSchema(url);
      expect(diff).toMatch(/ALTER TABLE "User" ADD COLUMN\s+"bio"/);
    });
  });

  it('[DB] a CHECK constraint does not crash the drift check (the engine reads pg_constraint.contype as a "char")', async () => {
    await withFreshDatabase(async (url) => {
      await applyMigrations(url);
      await query(url, `alter table "User" add constraint bio_len check (length(bio) < 10000)`);
      // The crash left this promise pending forever: settling at all is the check (a hang fails by the test timeout).
      const diff = await diffDatabaseToSchema(url);
      expect(typeof diff).toBe("string");
    });
  });

  it("[DB] createMigration writes nothing when the schema matches the migrations, and the change when it does not", async () => {
    const scratchUrl = databaseUrl(`hearth_test_mig_${randomBytes(6).toString("hex")}`);
    const migrationsDir = await mkdtemp(path.join(os.tmpdir(), "hearth-migrations-"));
    const schemaDir = await mkdtemp(path.join(os.tmpdir(), "hearth-schema-"));
    try {
      const schemaPath = path.join(schemaDir, "schema.prisma");
      const schema = await readFile(defaultSchemaPath, "utf8");
      await writeFile(schemaPath, schema);

      const first = await createMigration("Init", {
        scratchUrl,
        migrationsDir,
        schemaPath,
        now: new Date("2030-01-02T03:04:05Z"),
      });
      expect(first?.dir).toBe(path.join(migrationsDir, "20300102030405_init"));
      expect(await createMigration("again", { scratchUrl, migrationsDir, schemaPath })).toBeNull();

      // An earlier clock must still sort after the newest migration.
      const withNickname = schema.replace(/^model User \{$/m, "model User {\n  nickname String?");
      await writeFile(schemaPath, withNickname);
      const second = await createMigration("add nickname", {
        scratchUrl,
        migrationsDir,
        schemaPath,
        now: new Date("2020-01-01T00:00:00Z"),
      });
      expect(second?.dir).toBe(path.join(migrationsDir, "20300102030406_add_nickname"));
      expect(second?.sql).toMatch(/ALTER TABLE "User" ADD COLUMN\s+"nickname" TEXT/);
      expect((await readdir(migrationsDir)).sort()).toEqual([
        "20300102030405_init",
        "20300102030406_add_nickname",
        "migration_lock.toml",
      ]);

      await withFreshDatabase(async (url) => {
        expect((await applyMigrations(url, { migrationsDir })).applied).toHaveLength(2);
        expect(await diffDatabaseToSchema(url, schemaPath)).toBe("");
      });
      const scratchLeft = await query(
        databaseUrl("postgres"),
        `select 1 from pg_database where datname = '${new URL(scratchUrl).pathname.slice(1)}'`,
      );
      expect(scratchLeft.rowCount).toBe(0);
    } finally {
      await rm(migrationsDir, { recursive: true, force: true });
      await rm(schemaDir, { recursive: true, force: true });
    }
  });
});
