// `npm run db:seed`: seeds the demo organisation into an empty database (DATABASE_URL or embedded).
import { createPrismaClient } from "@/lib/db/client";
import { prepareDatabase } from "@/lib/db/prepare";
import { seedDemoOrganisation } from "@/prisma/seed/seed";

const database = await prepareDatabase();
const client = createPrismaClient(database.url, 2);
const seeded = await seedDemoOrganisation(client);
console.log(
  seeded ? "Seeded the demo organisation, Northwind Housewares." : "The database already has people: nothing seeded.",
);
await client.$disconnect();
await database.stop();
