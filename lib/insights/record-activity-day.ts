import "server-only";
import { db } from "@/lib/db";

// "userId:YYYY-MM-DD" already written by this process: at most one insert per person per day and server.
// Bounded: it is cleared when the day changes, so it holds at most one day of people.
const recorded = new Set<string>();
let recordedDay = "";

/** Notes that the person opened Hearth today (UTC), for DAU/WAU/MAU. Cheap: one insert a day, then a Set lookup. */
export async function recordActivityDay(userId: string, now = new Date()): Promise<void> {
  const day = now.toISOString().slice(0, 10);
  if (day !== recordedDay) {
    recorded.clear();
    recordedDay = day;
  }
  const key = `${userId}:${day}`;
  if (recorded.has(key)) return;
  recorded.add(key);
  try {
    await db.$executeRaw`
      INSERT INTO "UserActivityDay" ("userId", "day") VALUES (${userId}, ${day}::date)
      ON CONFLICT ("userId", "day") DO NOTHING`;
  } catch (error) {
    recorded.delete(key); // try again on the next page; a lost visit never breaks a page
    console.error("recordActivityDay failed", error);
  }
}
