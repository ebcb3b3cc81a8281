// `npm run bench:feed`: the home feed (GET /api/feed?tab=latest) of the production app on a large generated
// organisation, against a floor (scripts/bench/floor-server.ts) that answers the same JSON with one query.
// Prints figures; it is a benchmark, not a test, and exits 0 whether the targets are met or not.
//   --regenerate        regenerate the organisation even when it is already there
//   --duration <s>      measured seconds per run (10)       --warmup <s>   warm-up seconds per run (2)
//   --connections <l>   comma-separated connection counts (1,20)
//   --depth <n>         how deep the deep page starts (500000 posts)
//   --layers            also measure cheaper app routes, to see where the feed's time goes
import os from "node:os";
import { parseArgs } from "node:util";
import pg from "pg";
import { Prisma } from "@/lib/generated/prisma/client";
import { encodeCursor } from "@/lib/pagination";
import { iso } from "@/lib/posts/sql-json";
import { stopChildren } from "./child";
import { groupMeter, treeMeter, type CpuMeter } from "./cpu";
import { firstDifference } from "./compare";
import { openBenchDatabase, resetBenchDatabase, type BenchDatabase } from "./database";
import { BENCH_EMAIL, BENCH_PASSWORD, BENCH_USER_ID, generateOrganisation, hasBenchData } from "./generate";
import { measure, stopMeasuring, type Measurement } from "./measure";
import { figuresTable, ratiosTable, targetsReport } from "./report";
import { signIn, startApp, startFloor, type RunningServer } from "./servers";
import { statementsPerRequest } from "./statements";

const { values: args } = parseArgs({
  options: {
    regenerate: { type: "boolean", default: false },
    duration: { type: "string", default: "10" },
    warmup: { type: "string", default: "2" },
    connections: { type: "string", default: "1,20" },
    depth: { type: "string", default: "500000" },
    layers: { type: "boolean", default: false },
    help: { type: "boolean", default: false },
  },
});
const duration = Number(args.duration);
const warmup = Number(args.warmup);
const connectionCounts = args.connections.split(",").map(Number);
const depth = Number(args.depth);
const usage =
  "Usage: npm run bench:feed -- [--regenerate] [--duration 10] [--warmup 2] [--connections 1,20] [--depth 500000] [--layers]";
if (
  args.help ||
  !(duration > 0) ||
  !(warmup >= 0) ||
  !(depth >= 0) ||
  !connectionCounts.every((n) => Number.isInteger(n) && n > 0)
) {
  console.log(usage);
  process.exit(args.help ? 0 : 2);
}

const log = (line: string) => console.log(line);
let database: BenchDatabase | undefined;
async function cleanup() {
  stopMeasuring();
  await stopChildren(); // the servers before their database
  await database?.stop().catch((error: unknown) => console.error(String(error)));
  database = undefined;
}
let interrupted = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  // The servers stop before their database (lib/db/embedded.ts leaves signals to a process that handles them).
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = true;
    console.log(`\n${signal}: stopping the servers and the database …`);
    void cleanup().finally(() => process.exit(130));
  });
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

async function prepareData(db: BenchDatabase): Promise<string> {
  if (!args.regenerate && (await hasBenchData(db.url)))
    return "skipped: the organisation was already there (--regenerate to redo it)";
  await resetBenchDatabase(db, log);
  log("Generating the organisation (10,000 people, 1,000,000 posts, ≈5,000,000 reactions, ≈2,000,000 comments) …");
  const report = await generateOrganisation(db.url, log);
  const counts = Object.entries(report.counts)
    .map(([table, n]) => `${table} ${n.toLocaleString("en")}`)
    .join(", ");
  log(`Generated in ${report.seconds.toFixed(1)} s: ${counts}.`);
  return `${report.seconds.toFixed(1)} s`;
}

/** The cursor the app would hand out `depth` posts into the latest feed (same order and visibility rule). */
async function deepCursor(url: string): Promise<string> {
  const [row] = await query<{ at: string; id: string }>(
    url,
    `select ${iso(Prisma.raw('"createdAt"')).sql} as at, id from "Post"
     where "deletedAt" is null and ("pinnedUntil" is null or "pinnedUntil" <= now())
     order by "createdAt" desc, id desc offset $1 limit 1`,
    [depth],
  );
  if (!row) throw new Error(`The feed has fewer than ${depth} posts.`);
  return encodeCursor([row.at, row.id]);
}

async function getJson(url: string, headers: Record<string, string>): Promise<unknown> {
  const response = await fetch(url, { headers });
  if (response.status !== 200)
    throw new Error(`${url} answered ${response.status}: ${(await response.text()).slice(0, 300)}`);
  return response.json();
}

const cpuNote = (r: Measurement) =>
  Number.isFinite(r.serverCpu)
    ? `, CPU per request ${r.serverCpu.toFixed(2)} ms server + ${Number.isFinite(r.dbCpu) ? r.dbCpu.toFixed(2) : "?"} ms db`
    : "";
const loadAverage = () =>
  os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(" ");
const settle = () => new Promise((resolve) => setTimeout(resolve, 1_000)); // in-flight work drains before the next warm-up

/** A Next route with one trivial Prisma query; the hot feed route with no session (401); a Next route with the JWT and the actor lookup. */
async function measureLayers(
  origin: string,
  cookie: string,
  meters: { server: CpuMeter; db: CpuMeter },
): Promise<Measurement[]> {
  const routes: { page: string; path: string; headers: Record<string, string> }[] = [
    { page: "/api/health", path: "/api/health", headers: {} },
    { page: "/api/feed no cookie (hot route, 401)", path: "/api/feed?tab=latest", headers: {} },
    { page: "/api/me", path: "/api/me", headers: { cookie } },
  ];
  const results: Measurement[] = [];
  for (const connections of connectionCounts) {
    for (const route of routes) {
      results.push(
        await measure({
          target: "app",
          page: route.page,
          url: origin + route.path,
          connections,
          duration,
          warmup,
          headers: route.headers,
          meters,
        }),
      );
      await settle();
    }
  }
  return results;
}

// The app runs its background checks beside the server (lib/jobs); the cold-community check first runs 45 s after
// start and, on this organisation, keeps PostgreSQL busy for several seconds. Measuring through it would charge that
// to whichever run it lands in, so wait until it has passed and the database is quiet.
const FIRST_CHECKS_AFTER_MS = 45_000;
async function waitForStartupChecks(app: RunningServer, dbMeter: CpuMeter) {
  const started = performance.now();
  const quietMs = 30; // database CPU per second below which nothing but us is running
  for (let last = dbMeter(); performance.now() - started < 180_000;) {
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const now = dbMeter();
    const busy = last === null || now === null ? 0 : now - last;
    last = now;
    if (performance.now() - app.readyAt > FIRST_CHECKS_AFTER_MS + 2_000 && busy < quietMs) break;
  }
  log(
    `Waited ${((performance.now() - started) / 1000).toFixed(0)} s for the app's start-up background checks to finish.`,
  );
}

async function main() {
  const started = performance.now();
  log(
    `Hearth feed benchmark — ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GB, Node ${process.version}, load average ${loadAverage()}`,
  );
  const db = await openBenchDatabase(log);
  database = db;
  log(`Database: ${db.describe}`);
  const [{ version = "?" } = {}] = await query<{ version: string }>(db.url, "select version()");
  log(`PostgreSQL: ${version}`);
  const generation = await prepareData(db);

  const cursor = await deepCursor(db.url);
  const app: RunningServer = await startApp(db.url, log);
  const cookie = await signIn(app.origin, BENCH_EMAIL, BENCH_PASSWORD);
  log(`Signed in as ${BENCH_EMAIL}.`);
  const floor: RunningServer = await startFloor(db.url, BENCH_USER_ID, log);
  log(`The floor reads as ${BENCH_USER_ID} (${BENCH_EMAIL}) with no session or auth lookup at all.`);

  const pages = [
    { page: "first", path: "/api/feed?tab=latest" },
    { page: "deep", path: `/api/feed?tab=latest&cursor=${cursor}` },
  ];
  const dbMeter = treeMeter(db.postmasterPid);
  const targets = [
    { target: "app", server: app, headers: { cookie }, meters: { server: groupMeter(app.child.pid), db: dbMeter } },
    {
      target: "floor",
      server: floor,
      headers: {} as Record<string, string>,
      meters: { server: groupMeter(floor.child.pid), db: dbMeter },
    },
  ];
  for (const { page, path } of pages) {
    const [fromApp, fromFloor] = await Promise.all(targets.map((t) => getJson(t.server.origin + path, t.headers)));
    const difference = firstDifference(fromApp, fromFloor);
    log(
      `Same JSON from app and floor (${page} page): ${difference ? `NO — first difference at ${difference}` : "yes"}`,
    );
  }
  await waitForStartupChecks(app, dbMeter); // before counting statements too: the checks' own would be counted
  for (const { target, server, headers } of targets) {
    const per = await statementsPerRequest(db.url, server.origin + pages[0]!.path, headers);
    log(
      `Queries per request (${target}, first page; PostgreSQL's transaction count over 100 sequential requests): ${per.toFixed(1)}`,
    );
  }

  log(
    `\nMeasuring: ${duration} s per run after a ${warmup} s warm-up, connections ${connectionCounts.join(" and ")} …`,
  );
  const results: Measurement[] = [];
  for (const { page, path } of pages) {
    for (const connections of connectionCounts) {
      for (const { target, server, headers, meters } of targets) {
        const result = await measure({
          target,
          page,
          url: server.origin + path,
          connections,
          duration,
          warmup,
          headers,
          meters,
        });
        results.push(result);
        await settle();
        log(
          `  ${target.padEnd(5)} ${page.padEnd(5)} ${String(connections).padStart(3)} conns: ${result.rps.toFixed(0)} req/s, p95 ${result.p95.toFixed(1)} ms${cpuNote(result)} (load ${loadAverage()})`,
        );
      }
    }
  }
  const layers = args.layers ? await measureLayers(app.origin, cookie, targets[0]!.meters) : [];

  log(`\nResults (latencies of every response, so p95 is exact rather than autocannon's p97.5; CPU from /proc:`);
  log(`the server's process group and the embedded PostgreSQL's processes, divided by the responses)\n`);
  log(figuresTable(results));
  log("");
  log(ratiosTable(results));
  log("");
  log(targetsReport(results));
  if (layers.length > 0) log(`\nThe app's layers (cheaper routes of the same server):\n\n${figuresTable(layers)}`);
  log(`\nGeneration: ${generation}. Deep page: the cursor of post ${depth.toLocaleString("en")} in feed order.`);
  log(`Load average now ${loadAverage()}; whole run ${((performance.now() - started) / 1000).toFixed(0)} s.`);
  log("Not covered: the 'top' tab, follows and notifications.");
}

main()
  .catch((error: unknown) => {
    if (interrupted) return;
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(async () => {
    if (interrupted) return;
    await cleanup();
  });
