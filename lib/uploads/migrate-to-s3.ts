// `npm run storage:migrate`: copies the local uploads folder into the S3 bucket and verifies every object (size and
// SHA-256 of the bytes read back). Idempotent: an object already in the bucket with the same size and checksum is
// left alone, a different or damaged one is copied again. Local files are never deleted: once the app runs on S3 and
// the summary says "0 failed", the operator removes the folder (docs/operations.md).
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { S3Storage } from "@/lib/uploads/s3-storage";
import { contentTypeFor, isValidUploadKey } from "@/lib/uploads/storage-backends";

export type MigrationSummary = {
  files: number;
  bytes: number;
  copied: number;
  alreadyThere: number;
  failed: { key: string; reason: string }[];
  /** Files in the folder that are not uploads (temporary files of an interrupted write, strays): not copied. */
  skipped: string[];
};

export type MigrationOptions = { concurrency?: number; onFile?: (key: string, outcome: FileOutcome) => void };
export type FileOutcome = "copied" | "already there" | "failed";

const sha256 = (data: Buffer) => createHash("sha256").update(data).digest("hex");
const md5 = (data: Buffer) => createHash("md5").update(data).digest("hex");

export async function migrateToS3(
  sourceDir: string,
  target: S3Storage,
  options: MigrationOptions = {},
): Promise<MigrationSummary> {
  const summary: MigrationSummary = { files: 0, bytes: 0, copied: 0, alreadyThere: 0, failed: [], skipped: [] };
  const keys: string[] = [];
  for (const relative of await listFiles(sourceDir)) {
    const key = relative.split(path.sep).join("/");
    if (isValidUploadKey(key)) keys.push(key);
    else summary.skipped.push(key);
  }
  keys.sort();

  let next = 0;
  const worker = async () => {
    while (next < keys.length) {
      const key = keys[next++]!;
      const outcome = await migrateOne(sourceDir, key, target, summary).catch((error: unknown) => {
        summary.failed.push({ key, reason: reasonOf(error) });
        return "failed" as const;
      });
      options.onFile?.(key, outcome);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency ?? 4 }, worker));
  summary.failed.sort((a, b) => a.key.localeCompare(b.key));
  return summary;
}

async function migrateOne(
  sourceDir: string,
  key: string,
  target: S3Storage,
  summary: MigrationSummary,
): Promise<FileOutcome> {
  const data = await readFile(path.join(sourceDir, ...key.split("/")));
  summary.files++;
  summary.bytes += data.length;
  const checksum = sha256(data);

  // Already there? Same size, and the checksum we stored beside it (or the server's MD5 ETag for objects put by
  // other tools) matches: nothing to do. Anything else is copied again.
  const existing = await target.head(key);
  if (existing && existing.size === data.length) {
    if (existing.sha256 === checksum || existing.etag === md5(data)) {
      summary.alreadyThere++;
      return "already there";
    }
  }

  const contentType = contentTypeFor(key);
  if (!contentType) throw new Error("no content type for this extension");
  await target.put(key, data, contentType);

  // Verify by reading the object back: size and SHA-256 of what the bucket returns, not of what we sent.
  const stored = await target.get(key);
  if (!stored) throw new Error("the object is missing right after it was written");
  if (stored.data.length !== data.length)
    throw new Error(`size differs after upload (${stored.data.length} bytes in the bucket, ${data.length} on disk)`);
  if (sha256(stored.data) !== checksum) throw new Error("checksum differs after upload");
  summary.copied++;
  return "copied";
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)));
}

function reasonOf(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = (error as { cause?: unknown }).cause;
  return cause instanceof Error ? `${error.message} (${cause.name}: ${cause.message})` : error.message;
}

const MB = 1024 * 1024;

/** The lines the script prints at the end. */
export function formatSummary(summary: MigrationSummary, bucket: string): string {
  const lines = [
    `Checked ${summary.files} file${summary.files === 1 ? "" : "s"} (${(summary.bytes / MB).toFixed(1)} MB) against bucket ${bucket}:`,
    `  copied and verified: ${summary.copied}`,
    `  already in the bucket, same size and checksum: ${summary.alreadyThere}`,
    `  failed: ${summary.failed.length}`,
    ...summary.failed.map((failure) => `    - ${failure.key}: ${failure.reason}`),
  ];
  if (summary.skipped.length)
    lines.push(
      `  skipped (not uploads): ${summary.skipped.length}`,
      ...summary.skipped.slice(0, 20).map((key) => `    - ${key}`),
    );
  lines.push(
    summary.failed.length
      ? "Some files were not copied: fix the cause above and run npm run storage:migrate again (it is safe to repeat)."
      : "Every upload is in the bucket. The local folder was left in place: remove it once Hearth runs on S3.",
  );
  return lines.join("\n");
}
