// `npm run test:stress`: the test suite on a busy machine. CPU burners (busy-looping processes, twice as many as
// there are cores by default) run beside the tests, so that anything in the suite that depends on an idle machine
// (a wall-clock budget, a short wait for a connection or an event) shows up here as a failure.
//   npm run test:stress                      the Vitest suite beside 2 burners per core
//   npm run test:stress -- --e2e             Playwright too
//   npm run test:stress -- --burners 8       another load
// Exits with the first non-zero status of the runners; the burners stop with it, also if this process is killed.
import { spawn, type ChildProcess } from "node:child_process";
import os from "node:os";

const args = process.argv.slice(2);
const withE2e = args.includes("--e2e");
const burnersAt = args.indexOf("--burners");
const burnerCount = burnersAt >= 0 ? Number(args[burnersAt + 1]) : 2 * os.availableParallelism();
if (!Number.isInteger(burnerCount) || burnerCount < 0 || burnerCount > 64) {
  console.error("--burners takes a whole number from 0 to 64");
  process.exit(2);
}

// Each burner spins in 50 ms slices and leaves as soon as its parent is gone (re-parented: ppid changes).
const BURNER = `const parent = process.ppid; for (;;) { const t = Date.now(); while (Date.now() - t < 50) {} if (process.ppid !== parent) process.exit(0); }`;
const burners: ChildProcess[] = [];
const stopBurners = () => {
  for (const burner of burners) burner.kill("SIGKILL");
  burners.length = 0;
};
process.on("exit", stopBurners);
for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.on(signal, () => {
    stopBurners();
    process.exit(130);
  });

function run(command: string, commandArgs: string[]): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, commandArgs, { stdio: "inherit" });
    child.on("close", (status, signal) => resolve(status ?? (signal ? 1 : 0)));
  });
}

for (let i = 0; i < burnerCount; i++) burners.push(spawn(process.execPath, ["-e", BURNER], { stdio: "ignore" }));
console.log(`test:stress: ${burnerCount} CPU burners on ${os.availableParallelism()} cores beside the suite.`);
const startedAt = Date.now();
const load = () => os.loadavg()[0]!.toFixed(1);

let status = await run("npx", ["vitest", "run"]);
console.log(`test:stress: Vitest exited ${status} (load average ${load()}).`);
if (status === 0 && withE2e) {
  status = await run("npx", ["playwright", "test"]);
  console.log(`test:stress: Playwright exited ${status} (load average ${load()}).`);
}
stopBurners();
console.log(`test:stress: ${status === 0 ? "passed" : "FAILED"} in ${Math.round((Date.now() - startedAt) / 1000)} s.`);
process.exit(status);
