import { afterAll, describe, expect, it } from "vitest";
import type pg from "pg";
import { runAction, runFormAction } from "@/lib/action-state";
import { connection, db } from "@/lib/db";
import { isDatabaseBusy } from "@/lib/db/busy";
import { errorReply } from "@/lib/errors";
import { createPost } from "@/lib/posts/create-post";
import { createUser } from "@/lib/test/factories";

// What a person gets when every pooled connection stays busy past the pool's wait: "busy, try again" (503 with
// Retry-After for HTTP, a sentence and the typed values for forms), never a 500, and nothing written.

let held: pg.PoolClient[] = [];
let waitMs = 0;

// Every connection of the app's pool is checked out first (with the suite's long wait, so a slow machine only slows
// this down), then the pool's wait is made short: the next request queues behind a full pool and gives up after
// 300 ms, exactly as a burst would make it give up after DATABASE_POOL_WAIT_MS. No new connection is attempted.
async function exhaustPool() {
  const { pool } = connection();
  held = await Promise.all(Array.from({ length: pool.options.max }, () => pool.connect()));
  waitMs = pool.options.connectionTimeoutMillis ?? 0;
  pool.options.connectionTimeoutMillis = 300;
}
function releasePool() {
  const { pool } = connection();
  if (waitMs) pool.options.connectionTimeoutMillis = waitMs;
  for (const client of held) client.release();
  held = [];
}

describe("[DB] an exhausted connection pool", () => {
  afterAll(releasePool);

  it("answers a write 'busy, try again' and writes nothing; the same write succeeds once connections are free", async () => {
    const { user, actor } = await createUser();
    await exhaustPool();
    const body = `Busy-day post ${user.id}`;

    const error = await createPost(actor, { body }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(isDatabaseBusy(error)).toBe(true);

    const reply = errorReply(error);
    expect(reply.status).toBe(503);
    expect(reply.headers["Retry-After"]).toBe("5");
    expect(reply.body.error).toMatchObject({ code: "BUSY", message: expect.stringMatching(/busy.*try again/i) });

    const form = new FormData();
    form.set("body", body);
    const state = await runFormAction(form, async (values) => void (await createPost(actor, values)));
    expect(state).toMatchObject({ status: "error", values: { body } });
    expect(state.message).toMatch(/busy.*nothing was changed.*try again/i);
    expect(await runAction(() => createPost(actor, { body }))).toMatchObject({ ok: false, error: state.message });

    releasePool();
    expect(await db.post.count({ where: { authorId: user.id } })).toBe(0);
    await createPost(actor, { body });
    expect(await db.post.count({ where: { authorId: user.id } })).toBe(1);
  });

  it("tells busy apart from real failures", () => {
    expect(isDatabaseBusy(new Error("timeout exceeded when trying to connect"))).toBe(true);
    expect(isDatabaseBusy(Object.assign(new Error("Transaction API error"), { code: "P2028" }))).toBe(true);
    expect(isDatabaseBusy(new Error("wrapped", { cause: Object.assign(new Error("x"), { code: "53300" }) }))).toBe(
      true,
    );
    expect(isDatabaseBusy(new Error("duplicate key value violates unique constraint"))).toBe(false);
    expect(isDatabaseBusy(Object.assign(new Error("unique"), { code: "P2002" }))).toBe(false);
    expect(errorReply(new Error("boom")).status).toBe(500);
  });
});
