import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    tsconfigPaths: true,
    // lib files `import "server-only"`, which throws outside React server builds; its empty twin is what Next uses there.
    alias: [
      {
        find: /^server-only$/,
        replacement: fileURLToPath(new URL("./node_modules/server-only/empty.js", import.meta.url)),
      },
    ],
  },
  test: {
    // HEARTH_TEST_GATE runs only the deliberately failing fixture, with the same setup (scripts/test-gate.ts).
    include:
      process.env.HEARTH_TEST_GATE === "1"
        ? ["lib/test/gate/*.gate.ts"]
        : ["lib/**/*.test.ts", "scripts/**/*.test.ts", "prisma/**/*.test.ts"],
    // A real PostgreSQL for every run: TEST_DATABASE_URL's server, else an embedded cluster in .data/test.
    globalSetup: ["lib/test/global-setup.ts"],
    setupFiles: ["lib/test/setup.ts"],
    // Generous: a hang fails the test, while a busy machine (npm run test:stress) only slows it down.
    testTimeout: 240000,
    hookTimeout: 120000,
    fileParallelism: false,
    server: {
      deps: {
        // next-auth (ESM) imports "next/server" without an extension; Next has no "exports" map, so Node's own ESM
        // resolver refuses it. Letting Vite resolve next-auth's imports, as Next's bundler does, loads the real module.
        inline: ["next-auth"],
      },
    },
  },
});
