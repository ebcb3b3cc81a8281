import { randomBytes } from "node:crypto";
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import { recreateDatabase } from "./ensure-database";
import {
  applyMigrations,
  createMigration,
  defaultMigrationsDir,
  defaultSchemaPath,
  diffDatabaseToSchema,
} from "./migrations";

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

async function query(url: string, sql: string, values?: unknown[]): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(sql, values);
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

  it("[DB] the timestamptz migration keeps every stored instant, even where the server's time zone is not UTC", async () => {
    const TIMESTAMPTZ = "20261207155008_timestamptz";
    const migrationsBefore = await mkdtemp(path.join(os.tmpdir(), "hearth-migrations-"));
    try {
      const names = await readdir(defaultMigrationsDir);
      for (const name of names.filter((entry) => entry < TIMESTAMPTZ || entry === "migration_lock.toml")) {
        await cp(path.join(defaultMigrationsDir, name), path.join(migrationsBefore, name), { recursive: true });
      }
      await withFreshDatabase(async (url) => {
        await applyMigrations(url, { migrationsDir: migrationsBefore });
        // Every session from here on reads zone-less timestamps in New York time: without `USING … AT TIME ZONE
        // 'UTC'`, PostgreSQL would convert the stored UTC wall-clock values as New York times (4 or 5 hours off).
        const database = new URL(url).pathname.slice(1);
        await query(url, `alter database "${database}" set timezone to 'America/New_York'`);

        // Every timestamp column the earlier migrations made is converted from UTC.
        const columns = await query(
          url,
          `select table_name || '.' || column_name as name from information_schema.columns
            where table_schema = 'public' and data_type = 'timestamp without time zone' and table_name <> '_prisma_migrations'`,
        );
        const sql = await readFile(path.join(defaultMigrationsDir, TIMESTAMPTZ, "migration.sql"), "utf8");
        const converted = sql.split("-- AlterTable").flatMap((statement) => {
          const table = /ALTER TABLE "(\w+)"/.exec(statement)?.[1];
          return [
            ...statement.matchAll(/ALTER COLUMN "(\w+)" SET DATA TYPE TIMESTAMPTZ\(3\) USING "\1" AT TIME ZONE 'UTC'/g),
          ].map((match) => `${table}.${match[1]}`);
        });
        expect(converted.sort()).toEqual(columns.rows.map((row: { name: string }) => row.name).sort());
        expect(converted.length).toBeGreaterThan(90);

        // Stored values, written as UTC wall-clock times the way Prisma wrote them (summer and winter time in New York).
        const written = ["2026-01-15 08:30:00.123", "2026-07-01 23:59:59.999"];
        for (const [i, createdAt] of written.entries()) {
          await query(url, `insert into "Department" (id, slug, name, "createdAt") values ($1, $1, $1, $2)`, [
            `d${i}`,
            createdAt,
          ]);
        }
        const epochs = `select id, extract(epoch from "createdAt")::float8 as epoch from "Department" order by id`;
        const before = (await query(url, epochs)).rows;
        expect(before.map((row: { epoch: number }) => new Date(row.epoch * 1000).toISOString())).toEqual([
          "2026-01-15T08:30:00.123Z",
          "2026-07-01T23:59:59.999Z",
        ]);

        expect((await applyMigrations(url)).applied).toContain(TIMESTAMPTZ);
        expect((await query(url, epochs)).rows).toEqual(before);
        // pg reads timestamptz as the instant it is, whatever the session's zone.
        const read = await query(url, `select "createdAt" from "Department" order by id`);
        expect(read.rows.map((row: { createdAt: Date }) => row.createdAt.toISOString())).toEqual([
          "2026-01-15T08:30:00.123Z",
          "2026-07-01T23:59:59.999Z",
        ]);
      });
    } finally {
      await rm(migrationsBefore, { recursive: true, force: true });
    }
  });
});
