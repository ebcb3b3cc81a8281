import { defineConfig } from "vitest/config";
import base from "./vitest.config";

// `npm run test:faults`: every `*.fault.ts` (restarting PostgreSQL, Redis, killing servers …), with the same setup
// as the unit tests. Slower than `npm test`'s files, so run on their own; each test bounds its own duration.
export default defineConfig({
  ...base,
  test: { ...base.test, include: ["lib/**/*.fault.ts", "scripts/**/*.fault.ts", "e2e/**/*.fault.ts"] },
});
