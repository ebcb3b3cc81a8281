import path from "node:path";
import { startEmbeddedCluster, type EmbeddedCluster } from "../lib/db/embedded";
import { createMigration } from "../lib/db/migrations";

// `npm run db:migration -- <name>`: writes the next prisma/migrations/<timestamp>_<name>/migration.sql from the
// changes in prisma/schema.prisma. Replaying the existing migrations needs a scratch database: on the server of
// TEST_DATABASE_URL / DATABASE_URL when set, else in the embedded cluster under .data/.

const SCRATCH_DB = "hearth_migration_scratch";

async function main(): Promise<number> {
  const name = process.argv.slice(2).join(" ").trim();
  if (!name) {
    console.error("Usage: npm run db:migration -- <name>   (e.g. add_kudos)");
    return 2;
  }

  let cluster: EmbeddedCluster | undefined;
  let scratchUrl: string;
  const serverUrl = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
  if (serverUrl) {
    const url = new URL(serverUrl);
    url.pathname = `/${SCRATCH_DB}`;
    scratchUrl = url.toString();
  } else {
    cluster = await startEmbeddedCluster(path.join(process.cwd(), ".data"));
    scratchUrl = cluster.url(SCRATCH_DB);
  }

  try {
    // createMigration recreates the scratch database first and drops it afterwards.
    const created = await createMigration(name, { scratchUrl });
    if (!created) {
      console.log("No schema changes: prisma/schema.prisma matches the existing migrations.");
      return 0;
    }
    console.log(`Wrote ${path.relative(process.cwd(), path.join(created.dir, "migration.sql"))}:\n`);
    console.log(created.sql);
    return 0;
  } finally {
    await cluster?.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
