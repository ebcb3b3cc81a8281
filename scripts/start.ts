// `npm start` (production) and `npm run dev`: database, migrations, demo seed, build when needed, server.
import { prepareDatabase } from "@/lib/db/prepare";
import { createPrismaClient } from "@/lib/db/client";
import { env } from "@/lib/env";
import { seedDemoOrganisation } from "@/prisma/seed/seed";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/prisma/seed/organisation";
import { buildIsCurrent, buildProduction } from "./build-state";

const dev = process.argv.includes("--dev");
process.env.NEXT_TELEMETRY_DISABLED ??= "1";

async function main() {
  const startedAt = Date.now();
  // Against a real server, a missing secret should stop us before we touch its database.
  if (process.env.DATABASE_URL) {
    try {
      env();
    } catch (error) {
      console.error((error as Error).message);
      process.exit(1);
    }
  }
  const database = await prepareDatabase({ fresh: process.env.HEARTH_FRESH_DB === "1" });
  let config;
  try {
    config = env();
  } catch (error) {
    await database.stop();
    console.error((error as Error).message);
    process.exit(1);
  }

  // The demo organisation belongs to the zero-config start; a real server gets it only on request.
  if (database.embedded || process.env.HEARTH_SEED_DEMO === "1") {
    const client = createPrismaClient(config.DATABASE_URL, 2);
    if (await seedDemoOrganisation(client)) console.log("Seeded the demo organisation, Northwind Housewares.");
    await client.$disconnect();
  }

  if (!dev && !(await buildIsCurrent())) {
    console.log("Building the production app (first start or changed sources) …");
    const status = await buildProduction();
    if (status !== 0) {
      await database.stop();
      process.exit(status);
    }
  }

  (process.env as Record<string, string>).NODE_ENV = dev ? "development" : "production";
  const { startServer } = await import("../server");
  const server = await startServer({ dev });

  const url = config.AUTH_URL ?? `http://localhost:${config.PORT}`;
  console.log(
    `\nHearth is running at ${url} (${dev ? "development" : "production"}, ready in ${((Date.now() - startedAt) / 1000).toFixed(1)} s)`,
  );
  if (database.embedded || process.env.HEARTH_SEED_DEMO === "1") {
    console.log(`Demo accounts (password "${DEMO_PASSWORD}"):`);
    for (const account of DEMO_ACCOUNTS) console.log(`  ${account.email.padEnd(28)} ${account.what}`);
  }

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) process.exit(1); // a second signal: stop now, without waiting for the drain
    stopping = true;
    console.log(`\n${signal}: stopping Hearth …`);
    await server.close().catch(() => {});
    await database.stop().catch(() => {});
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
