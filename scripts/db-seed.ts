// `npm run db:seed`: seeds the demo organisation into an empty database (DATABASE_URL or embedded).
import { createPrismaClient } from "@/lib/db/client";
import { prepareDatabase, type PreparedDatabase } from "@/lib/db/prepare";
import { seedDemoOrganisation } from "@/prisma/seed/seed";
import { runScript } from "./run-script";

await runScript(async () => {
  let database: PreparedDatabase | undefined;
  try {
    database = await prepareDatabase();
    const client = createPrismaClient(database.url, 2);
    try {
      const seeded = await seedDemoOrganisation(client);
      console.log(
        seeded
          ? "Seeded the demo organisation, Northwind Housewares."
          : "The database already has people: nothing seeded.",
      );
    } finally {
      await client.$disconnect();
    }
  } finally {
    await database?.stop();
  }
});
