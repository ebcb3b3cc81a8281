// `npm run bench:cold-check`: the hourly cold-community check's measurement, before (one health measurement per
// community, as up to issue 17) and after (one aggregated statement, lib/health/going-cold.ts), on the benchmark
// organisation (scripts/bench/generate.ts; generated the first time). Read-only: nothing is marked or notified.
// Prints wall time and PostgreSQL CPU (embedded cluster only) for each, and checks that both give the same answer.
import os from "node:os";
import { createPrismaClient } from "@/lib/db/client";
import { allowServerOnlyModules } from "@/lib/server-only-hook";
import { runScript } from "../run-script";
import { treeMeter } from "./cpu";
import { openBenchDatabase, resetBenchDatabase } from "./database";
import { generateOrganisation, hasBenchData } from "./generate";

const log = (line: string) => console.log(line);
const rounds = Number(process.argv[process.argv.indexOf("--rounds") + 1]) || 3;

await runScript(async () => {
  allowServerOnlyModules();
  const [{ measureCommunityHealth }, { findGoingCold }, { COLD_CHECK_BATCH }] = await Promise.all([
    import("@/lib/health/community-activity"),
    import("@/lib/health/going-cold"),
    import("@/lib/health/check-cold-communities"),
  ]);
  log(
    `Cold-community check benchmark — ${os.cpus().length} cores, Node ${process.version}, load ${os.loadavg()[0]!.toFixed(2)}`,
  );
  const bench = await openBenchDatabase(log);
  const db = createPrismaClient(bench.url, 10);
  try {
    if (!(await hasBenchData(bench.url))) {
      await resetBenchDatabase(bench, log);
      log("Generating the benchmark organisation (1,000,000 posts; a minute or two) …");
      await generateOrganisation(bench.url, log);
    }
    const communities = await db.community.count({ where: { archivedAt: null } });
    log(`Database: ${bench.describe}; ${communities} communities.`);
    const meter = treeMeter(bench.postmasterPid);
    const now = new Date();

    const before = async () => {
      const list = await db.community.findMany({
        where: { archivedAt: null },
        orderBy: { id: "asc" },
        take: COLD_CHECK_BATCH,
        select: { id: true },
      });
      const cold: string[] = [];
      for (const { id } of list) if ((await measureCommunityHealth(db, id, now)).isGoingCold) cold.push(id);
      return cold;
    };
    const after = async () =>
      (await findGoingCold(db, now, COLD_CHECK_BATCH)).filter((state) => state.goingCold).map((state) => state.id);

    const results: Record<string, { wall: number[]; cpu: number[]; cold: string[] }> = {};
    for (let round = 1; round <= rounds; round++) {
      for (const [name, run] of [
        ["before (per community)", before],
        ["after (one statement)", after],
      ] as const) {
        await new Promise((resolve) => setTimeout(resolve, 1_500)); // let finished backends' CPU be counted
        const cpu0 = meter();
        const started = performance.now();
        const cold = await run();
        const wall = performance.now() - started;
        await new Promise((resolve) => setTimeout(resolve, 1_500));
        const cpu1 = meter();
        const entry = (results[name] ??= { wall: [], cpu: [], cold });
        entry.wall.push(wall);
        if (cpu0 !== null && cpu1 !== null) entry.cpu.push(cpu1 - cpu0);
        log(
          `  round ${round} ${name.padEnd(24)} ${(wall / 1000).toFixed(2)} s wall` +
            (cpu0 !== null && cpu1 !== null ? `, ${((cpu1 - cpu0) / 1000).toFixed(2)} s PostgreSQL CPU` : "") +
            `, ${cold.length} going cold`,
        );
      }
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
    log("\nMedian of the rounds:");
    for (const [name, entry] of Object.entries(results))
      log(
        `  ${name.padEnd(24)} ${(median(entry.wall) / 1000).toFixed(2)} s wall` +
          (entry.cpu.length ? `, ${(median(entry.cpu) / 1000).toFixed(2)} s PostgreSQL CPU` : ""),
      );
    const [a, b] = Object.values(results);
    const same = JSON.stringify(a!.cold) === JSON.stringify(b!.cold);
    log(`Same communities going cold: ${same ? "yes" : "NO"} (${a!.cold.length} of ${communities}).`);
    if (!same) throw new Error("The aggregated statement disagrees with the per-community measurement.");
  } finally {
    await db.$disconnect();
    await bench.stop();
  }
});
