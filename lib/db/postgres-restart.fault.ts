import { randomUUID } from "node:crypto";
import { Agent, createServer, request, type Server } from "node:http";
import { rm } from "node:fs/promises";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createComment } from "@/lib/comments/create-comment";
import { closeConnection, db } from "@/lib/db";
import { freePort, startEmbeddedCluster, type EmbeddedCluster } from "@/lib/db/embedded";
import { recreateDatabase } from "@/lib/db/ensure-database";
import { applyMigrations } from "@/lib/db/migrations";
import { errorReply } from "@/lib/errors";
import { actorOf } from "@/lib/test/factories";

// PostgreSQL restarted under about 200 writes a second (`npm run test:faults`). A cluster of this test's own, on a
// fixed port, stopped (fast shutdown: open transactions abort, committed ones are durable) and started again while an
// HTTP server answers comment writes through the app's use case and error replies. Every write the server
// acknowledged must be in the database afterwards; during the outage people get a 503 "try again" with Retry-After,
// never a 500; and the same process serves writes again afterwards, without a restart.

const RATE = 200; // writes a second
const BEFORE_MS = 2_500;
const DOWN_MS = 1_500;
const AFTER_MS = 4_000;
const PEOPLE = 120; // the comment limit is 30 a minute per person

const dataDir = path.join(process.cwd(), ".data", "fault-restart");
let cluster: EmbeddedCluster | undefined;
let server: Server | undefined;
afterAll(async () => {
  server?.close();
  await closeConnection();
  await cluster?.stop();
});

type Outcome = { at: number; status: number; id?: string; message?: string; retryAfter?: string | null };

describe("PostgreSQL restarted under load", () => {
  it("[FAULTS] acknowledged writes survive, the outage answers 503 try again, and the app recovers by itself", async () => {
    await rm(dataDir, { recursive: true, force: true });
    const port = await freePort();
    cluster = await startEmbeddedCluster(dataDir, () => {}, { port });
    const url = cluster.url("hearth_faults");
    await recreateDatabase(url);
    await applyMigrations(url);
    // This file's own database; a short pool wait, as in production, so an outage is answered rather than waited out.
    Object.assign(process.env, { DATABASE_URL: url, DATABASE_POOL_WAIT_MS: "2000" });

    const people = Array.from({ length: PEOPLE }, (_, n) => ({
      id: `fault-${n}-${randomUUID().slice(0, 8)}`,
      email: `fault-${n}@faults.example`,
      handle: `fault-${n}`,
      name: `Fault ${n}`,
      role: "EMPLOYEE" as const,
    }));
    await db.user.createMany({ data: people });
    const post = await db.post.create({ data: { authorId: people[0]!.id, body: "Restart me", bodyHtml: "<p>x</p>" } });
    const actors = (await db.user.findMany({ where: { id: { in: people.map((p) => p.id) } } })).map(actorOf);

    // The app's write path: the use case, and errorReply as every route handler answers a failure.
    let next = 0;
    server = createServer((req, res) => {
      const actor = actors[next++ % actors.length]!;
      createComment(actor, { postId: post.id, body: `Comment ${next}` })
        .then(
          (result) => ({ status: 201, headers: {}, body: result as unknown }),
          (error: unknown) => errorReply(error),
        )
        .then(({ status, headers, body }) => {
          res.writeHead(status, { "content-type": "application/json", ...headers });
          res.end(JSON.stringify(body));
        });
    });
    await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
    const address = server.address();
    const origin = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;

    const outcomes: Outcome[] = [];
    const inFlight = new Set<Promise<void>>();
    const started = Date.now();
    // A bounded pool of keep-alive sockets, as a proxy in front of Hearth would hold: requests queue on the client
    // side instead of opening thousands of connections to a process that is busy answering.
    const agent = new Agent({ keepAlive: true, maxSockets: 64 });
    const post1 = (): Promise<Omit<Outcome, "at">> =>
      new Promise((resolve) => {
        const req = request(`${origin}/comments`, { method: "POST", agent }, (response) => {
          let text = "";
          response.setEncoding("utf8");
          response.on("data", (chunk: string) => (text += chunk));
          response.on("end", () => {
            const body = JSON.parse(text) as { id?: string; error?: { message: string } };
            resolve({
              status: response.statusCode ?? 0,
              id: body.id,
              message: body.error?.message,
              retryAfter: response.headers["retry-after"] ?? null,
            });
          });
        });
        req.on("error", (error) => resolve({ status: 0, message: error.message }));
        req.end();
      });
    const write = () => {
      const at = Date.now() - started;
      const pending = post1()
        .then((outcome) => void outcomes.push({ at, ...outcome }))
        .finally(() => inFlight.delete(pending));
      inFlight.add(pending);
    };
    // A steady RATE: every 20 ms, the writes due by now.
    let sent = 0;
    const pump = setInterval(() => {
      const due = Math.floor(((Date.now() - started) / 1000) * RATE);
      while (sent < due) {
        write();
        sent++;
      }
    }, 20);

    await new Promise((resolve) => setTimeout(resolve, BEFORE_MS));
    const downAt = Date.now() - started;
    await cluster.stop();
    await new Promise((resolve) => setTimeout(resolve, DOWN_MS));
    cluster = await startEmbeddedCluster(dataDir, () => {}, { port });
    const upAt = Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, AFTER_MS));
    clearInterval(pump);
    const pumped = (Date.now() - started) / 1000;
    await Promise.all([...inFlight]);

    const acknowledged = outcomes.filter((o) => o.status === 201);
    const refused = outcomes.filter((o) => o.status !== 201);
    const seconds = (Date.now() - started) / 1000;
    console.log(
      `${sent} writes sent in ${pumped.toFixed(1)} s (${(sent / pumped).toFixed(0)}/s), all answered after ${seconds.toFixed(1)} s; ` +
        `down at ${downAt} ms, up at ${upAt} ms; ${acknowledged.length} acknowledged, ${refused.length} answered ` +
        `${[...new Set(refused.map((o) => o.status))].join("/") || "-"}`,
    );
    for (const o of refused.filter((o) => o.status !== 503).slice(0, 5)) console.log("unexpected:", o);

    // The load really was offered at the rate, through the outage, and every request got an answer.
    expect(sent / pumped).toBeGreaterThan(RATE * 0.9);
    expect(outcomes).toHaveLength(sent);
    // During the outage: a clear "try again" with Retry-After, never a 500 (or a dropped connection).
    expect(refused.length).toBeGreaterThan(0);
    for (const o of refused) {
      expect(o.status, JSON.stringify(o)).toBe(503);
      expect(o.retryAfter).toMatch(/^\d+$/);
      expect(o.message).toMatch(/try again/i);
    }
    // Every acknowledged write is in the database.
    const ids = acknowledged.map((o) => o.id!);
    expect(ids.every(Boolean)).toBe(true);
    expect(await db.comment.count({ where: { id: { in: ids } } })).toBe(ids.length);
    // The same process writes again, without a restart: writes sent after the restart were acknowledged, and once
    // the backlog is gone a new write is too. (On a saturated machine some late writes may still be answered "busy".)
    const late = outcomes.filter((o) => o.at > upAt + 1_000);
    const lateAcknowledged = late.filter((o) => o.status === 201).length;
    console.log(`after the restart: ${lateAcknowledged} of ${late.length} writes acknowledged`);
    expect(lateAcknowledged).toBeGreaterThan(0);
    expect(await post1()).toMatchObject({ status: 201 });
    agent.destroy();
  });
});
