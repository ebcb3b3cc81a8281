import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPool, createPrismaClient, inUtc } from "./client";
import { recreateDatabase } from "./ensure-database";
import { applyMigrations } from "./migrations";

describe("database client", () => {
  // A database whose own default zone is New York, as a server installed in local time would have.
  const url = new URL(inject("adminDatabaseUrl"));
  url.pathname = `/hearth_test_tz_${randomBytes(6).toString("hex")}`;
  const databaseUrl = url.toString();

  async function admin(sql: string): Promise<void> {
    const client = new pg.Client({ connectionString: inject("adminDatabaseUrl") });
    await client.connect();
    await client.query(sql).finally(() => client.end());
  }

  beforeAll(async () => {
    await recreateDatabase(databaseUrl);
    await applyMigrations(databaseUrl);
    await admin(`alter database "${url.pathname.slice(1)}" set timezone to 'America/New_York'`);
  });
  afterAll(() => admin(`drop database if exists "${url.pathname.slice(1)}" with (force)`));

  it("[DB] a Date written through Prisma is stored as that instant when the server's zone is not UTC", async () => {
    const pool = createPool(databaseUrl, 1);
    const client = createPrismaClient(pool);
    try {
      const createdAt = new Date("2026-01-15T08:30:00.123Z");
      const department = await client.department.create({
        data: { slug: "tz", name: "Time zones", createdAt },
        select: { id: true, createdAt: true },
      });
      expect(department.createdAt.toISOString()).toBe(createdAt.toISOString());

      // Read by a plain client in the database's own zone: the stored instant, not the text Prisma sent.
      const plain = new pg.Client({ connectionString: databaseUrl });
      await plain.connect();
      const stored = await plain
        .query(`select current_setting('TimeZone') as zone, "createdAt" from "Department" where id = $1`, [
          department.id,
        ])
        .finally(() => plain.end());
      expect(stored.rows[0].zone).toBe("America/New_York");
      expect((stored.rows[0].createdAt as Date).toISOString()).toBe(createdAt.toISOString());
    } finally {
      await client.$disconnect();
      await pool.end().catch(() => undefined);
    }
  });

  it("inUtc keeps options the URL already has", () => {
    expect(new URL(inUtc("postgresql://u:p@h:5432/db?options=-c%20search_path%3Dx")).searchParams.get("options")).toBe(
      "-c search_path=x -c TimeZone=UTC",
    );
    expect(new URL(inUtc("postgresql://h/db")).searchParams.get("options")).toBe("-c TimeZone=UTC");
  });
});
