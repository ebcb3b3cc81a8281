// `npm run db:migrate`: applies pending migrations to DATABASE_URL, or to the embedded database.
import { prepareDatabase } from "@/lib/db/prepare";

const database = await prepareDatabase();
console.log("The database is up to date.");
await database.stop();
