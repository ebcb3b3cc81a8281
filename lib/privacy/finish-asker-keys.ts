import pg from "pg";
import { askerKeyOf } from "@/lib/privacy/asker-key";

/**
 * Finishes the anonymous_asker_key migration: the plain asker ids it parked in "_hearth_pending_asker" become keyed
 * hashes (the secret lives outside the database, so SQL could not do it), and the holding table is dropped. Runs at
 * every start; does nothing once the table is gone. Returns how many questions it keyed.
 */
export async function finishAskerKeys(connectionString: string): Promise<number> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const { rows: exists } = await client.query<{ found: string | null }>(
      `select to_regclass('public."_hearth_pending_asker"')::text as found`,
    );
    if (!exists[0]?.found) return 0;
    await client.query("begin");
    const { rows } = await client.query<{ questionId: string; askerId: string }>(
      `select "questionId", "askerId" from "_hearth_pending_asker" for update`,
    );
    const ids = rows.map((row) => row.questionId);
    const keys = rows.map((row) => askerKeyOf(row.askerId));
    await client.query(
      `update "Question" q set "askerKey" = k.key
       from unnest($1::text[], $2::text[]) as k(id, key) where q.id = k.id`,
      [ids, keys],
    );
    await client.query(`drop table "_hearth_pending_asker"`);
    await client.query("commit");
    return rows.length;
  } catch (error) {
    await client.query("rollback").catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
