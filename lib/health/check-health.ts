import "server-only";
import { db } from "@/lib/db";

/** Public and content-free: whether the database answers, nothing else. */
export async function checkHealth(): Promise<{ status: "ok" | "unavailable" }> {
  try {
    await db.$queryRaw`select 1`;
    return { status: "ok" };
  } catch {
    return { status: "unavailable" };
  }
}
