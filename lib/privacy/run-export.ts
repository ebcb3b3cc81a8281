import "server-only";
import { db } from "@/lib/db";
import { defineJob } from "@/lib/jobs/jobs";
import { createNotifications, publishNotifications } from "@/lib/notifications/notify";
import { buildExport, EXPORT_TTL_MS } from "@/lib/privacy/build-export";
import { getUploadStorage } from "@/lib/uploads/storage";

const CLAIM_TIMEOUT_MS = 10 * 60_000;

/**
 * Builds one requested export: claims it (so two workers never build the same one), calls buildExport, marks it
 * ready for 7 days and tells its owner by a DATA_EXPORT_READY notification. A failure marks it FAILED; the person
 * may ask again. Returns what happened, for tests and logs.
 */
export async function runExport(exportId: string, now = new Date()): Promise<"ready" | "failed" | "skipped"> {
  const claimed = await db.dataExport.updateMany({
    where: {
      id: exportId,
      status: "PENDING",
      OR: [{ startedAt: null }, { startedAt: { lt: new Date(now.getTime() - CLAIM_TIMEOUT_MS) } }],
    },
    data: { startedAt: now },
  });
  if (claimed.count === 0) return "skipped";
  const row = await db.dataExport.findUniqueOrThrow({ where: { id: exportId }, select: { userId: true } });
  try {
    const { storageKey, bytes } = await buildExport(row.userId);
    const readyAt = new Date();
    const recipients = await db.$transaction(async (tx) => {
      await tx.dataExport.update({
        where: { id: exportId },
        data: { status: "READY", storageKey, bytes, readyAt, expiresAt: new Date(readyAt.getTime() + EXPORT_TTL_MS) },
      });
      return createNotifications(tx, [
        { recipientId: row.userId, type: "DATA_EXPORT_READY", actorId: null, groupKey: `data-export:${exportId}` },
      ]);
    });
    publishNotifications(recipients);
    return "ready";
  } catch (error) {
    console.error(`[hearth] data export ${exportId} failed:`, error);
    await db.dataExport.update({ where: { id: exportId }, data: { status: "FAILED" } }).catch(() => undefined);
    return "failed";
  }
}

/**
 * The in-process background run: the request returns at once and the export is built beside it. (A persistent job
 * queue can call runExport instead; the sweep below also picks up exports a restart interrupted.)
 */
export function scheduleExport(exportId: string): void {
  setImmediate(() => void runExport(exportId).catch((error: unknown) => console.error(error)));
}

/**
 * Every few minutes: builds exports nobody is building (a restart between request and build), and deletes expired
 * ones, file and row, so a download link never outlives its 7 days.
 */
export async function sweepExports(now = new Date()): Promise<{ built: number; expired: number }> {
  const stale = await db.dataExport.findMany({
    where: {
      status: "PENDING",
      createdAt: { lt: new Date(now.getTime() - 60_000) },
      OR: [{ startedAt: null }, { startedAt: { lt: new Date(now.getTime() - CLAIM_TIMEOUT_MS) } }],
    },
    select: { id: true },
    take: 20,
  });
  for (const row of stale) await runExport(row.id, now);
  const expired = await db.dataExport.findMany({
    where: { expiresAt: { lte: now } },
    select: { id: true, storageKey: true },
    take: 500,
  });
  const storage = getUploadStorage();
  for (const row of expired) if (row.storageKey) await storage.delete(row.storageKey);
  await db.dataExport.deleteMany({ where: { id: { in: expired.map((row) => row.id) } } });
  return { built: stale.length, expired: expired.length };
}

/** Every five minutes, once across the cluster (lib/jobs): builds exports nobody picked up, expires old ones. */
export const exportSweepJob = defineJob("privacy.sweep-exports", () => sweepExports(), { everySeconds: 300 });
