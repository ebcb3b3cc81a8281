import "server-only";
import { db } from "@/lib/db";
import { defineJob } from "@/lib/jobs/jobs";
import { readPrivacySettings } from "@/lib/privacy/privacy-settings";
import { sweepExports } from "@/lib/privacy/run-export";
import { getUploadStorage } from "@/lib/uploads/storage";

const DAY = 86_400_000;
const BATCH = 500;

/**
 * Enforces the admins' retention settings (PrivacySettings): posts and comments removed by a moderator or deleted by
 * their author longer ago than `removedContentDays` are purged (with their files), and audit entries older than
 * `auditDays` are deleted. Null keeps everything. Also expires data exports. A plain function: the periodic runner
 * below calls it, and so may a job queue. Returns what it removed.
 */
export async function enforceRetention(now = new Date()) {
  const settings = await readPrivacySettings();
  let posts = 0;
  let comments = 0;
  let auditEntries = 0;
  if (settings.removedContentDays) {
    const before = new Date(now.getTime() - settings.removedContentDays * DAY);
    const gone = { OR: [{ removedAt: { lt: before } }, { deletedAt: { lt: before } }] };
    for (;;) {
      const batch = await db.post.findMany({
        where: gone,
        select: {
          id: true,
          images: { select: { storageKey: true } },
          videos: { select: { storageKey: true, posterKey: true } },
        },
        take: BATCH,
      });
      if (batch.length === 0) break;
      await db.post.deleteMany({ where: { id: { in: batch.map((post) => post.id) } } });
      const storage = getUploadStorage();
      for (const post of batch)
        for (const key of [
          ...post.images.map((image) => image.storageKey),
          ...post.videos.flatMap((video) => [video.storageKey, ...(video.posterKey ? [video.posterKey] : [])]),
        ])
          await storage.delete(key).catch(() => undefined);
      posts += batch.length;
    }
    comments = (await db.comment.deleteMany({ where: gone })).count;
  }
  if (settings.auditDays) {
    const before = new Date(now.getTime() - settings.auditDays * DAY);
    auditEntries = (await db.auditEntry.deleteMany({ where: { createdAt: { lt: before } } })).count;
  }
  const exports = await sweepExports(now);
  return { posts, comments, auditEntries, exportsExpired: exports.expired };
}

/** Every hour, once across the cluster (lib/jobs). */
export const retentionJob = defineJob("privacy.enforce-retention", () => enforceRetention(), { everySeconds: 3600 });
