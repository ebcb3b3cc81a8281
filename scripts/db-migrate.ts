// `npm run db:migrate`: applies pending migrations to DATABASE_URL, or to the embedded database.
import { prepareDatabase, type PreparedDatabase } from "@/lib/db/prepare";
import { runScript } from "./run-script";

await runScript(async () => {
  let database: PreparedDatabase | undefined;
  try {
    database = await prepareDatabase();
    console.log("The database is up to date.");
  } finally {
    await database?.stop();
  }
});
