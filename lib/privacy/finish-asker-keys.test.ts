import { randomBytes } from "node:crypto";
import { cp, mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import { recreateDatabase } from "@/lib/db/ensure-database";
import { applyMigrations, defaultMigrationsDir, diffDatabaseToSchema } from "@/lib/db/migrations";
import { askerKeyOf } from "@/lib/privacy/asker-key";
import { finishAskerKeys } from "@/lib/privacy/finish-asker-keys";

const serverUrl = inject("adminDatabaseUrl");
const ASKER_KEY = "20261207182054_anonymous_asker_key";

function databaseUrl(name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
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

describe("the anonymous asker key migration", () => {
  it("[ASK] existing questions get keyed hashes, the anonymous asker's follow row and question links go, and nothing drifts", async () => {
    const before = await mkdtemp(path.join(os.tmpdir(), "hearth-migrations-"));
    const name = `hearth_test_mig_${randomBytes(6).toString("hex")}`;
    const url = databaseUrl(name);
    try {
      for (const entry of (await readdir(defaultMigrationsDir)).filter(
        (entry) => entry < ASKER_KEY || entry === "migration_lock.toml",
      ))
        await cp(path.join(defaultMigrationsDir, entry), path.join(before, entry), { recursive: true });
      await recreateDatabase(url);
      await applyMigrations(url, { migrationsDir: before });

      for (const id of ["asker", "named", "leader"])
        await query(
          url,
          `insert into "User" (id, email, handle, name, "updatedAt") values ($1, $1 || '@x', $1, $1, now())`,
          [id],
        );
      await query(
        url,
        `insert into "Question" (id, "askerId", "publicAskerId", "isAnonymous", title, "updatedAt")
         values ('qa', 'asker', null, true, 'Anonymous?', now()), ('qn', 'named', 'named', false, 'Named?', now())`,
      );
      await query(
        url,
        `insert into "QuestionFollow" ("questionId", "userId") values ('qa', 'asker'), ('qn', 'named'), ('qa', 'leader')`,
      );
      await query(
        url,
        `insert into "Notification" (id, "recipientId", type, "actorId", "questionId", "groupKey") values
         ('n1', 'asker', 'QUESTION_ANSWERED', 'leader', 'qa', 'question-answered:qa'),
         ('n2', 'leader', 'QUESTION_ASKED', null, 'qa', 'question-asked:qa'),
         ('n3', 'named', 'QUESTION_ANSWERED', 'leader', 'qn', 'question-answered:qn')`,
      );

      expect((await applyMigrations(url)).applied).toContain(ASKER_KEY);
      expect(await finishAskerKeys(url)).toBe(2);
      expect(await finishAskerKeys(url)).toBe(0); // idempotent: the holding table is gone

      const questions = await query(url, `select id, "askerKey" from "Question" order by id`);
      expect(questions.rows).toEqual([
        { id: "qa", askerKey: askerKeyOf("asker") },
        { id: "qn", askerKey: askerKeyOf("named") },
      ]);
      const follows = await query(url, `select "questionId", "userId" from "QuestionFollow" order by 1, 2`);
      expect(follows.rows).toEqual([
        { questionId: "qa", userId: "leader" },
        { questionId: "qn", userId: "named" },
      ]);
      const notifications = await query(url, `select id, "questionId", "groupKey" from "Notification" order by id`);
      expect(notifications.rows[0]).toMatchObject({ id: "n1", questionId: null });
      expect(notifications.rows[0].groupKey).not.toContain("qa");
      expect(notifications.rows.slice(1).map((row: { questionId: string }) => row.questionId)).toEqual(["qa", "qn"]);
      expect(await diffDatabaseToSchema(url)).toBe("");
    } finally {
      await rm(before, { recursive: true, force: true });
      await query(databaseUrl("postgres"), `drop database if exists "${name}" with (force)`);
    }
  });
});
