import "server-only";
import { env } from "@/lib/env";
import { createUploadStorage } from "@/lib/uploads/create-storage";
import { isStorageUnavailable, type UploadStorage } from "@/lib/uploads/storage-backends";

// The app's one storage: an S3-compatible bucket when S3_BUCKET is set, local disk under HEARTH_DATA_DIR/uploads
// otherwise. The backends themselves live in storage-backends.ts and s3-storage.ts (shared with the seed and scripts).
export {
  contentTypeFor,
  createUploadKey,
  isStorageUnavailable,
  isValidUploadKey,
  LocalDiskStorage,
  StorageUnavailableError,
  type StoredRange,
  type UploadExtension,
  type UploadStorage,
} from "@/lib/uploads/storage-backends";
export { S3Storage } from "@/lib/uploads/s3-storage";

let instance: UploadStorage | undefined;

/** The process-wide storage, chosen once from the settings. */
export function getUploadStorage(): UploadStorage {
  instance ??= createUploadStorage(env());
  return instance;
}

/**
 * Removes one stored file by its key (e.g. when a person's data is erased). Missing files are fine; an unreachable
 * storage throws StorageUnavailableError, so the caller can retry rather than forget the file.
 */
export async function deleteObject(key: string): Promise<void> {
  await getUploadStorage().delete(key);
}

export type StorageCheck =
  { ok: true; backend: "local" | "s3" } | { ok: false; backend: "local" | "s3"; error: string };

/**
 * Readiness of the file storage for /api/health/ready: can this process write uploads now? Never throws; takes at
 * most a few seconds (the S3 check has its own timeout). The error names the cause for the operator, not a secret.
 */
export async function checkStorage(): Promise<StorageCheck> {
  const storage = getUploadStorage();
  try {
    await storage.check();
    return { ok: true, backend: storage.backend };
  } catch (error) {
    const cause = isStorageUnavailable(error) ? error.cause : error;
    return { ok: false, backend: storage.backend, error: describe(cause) };
  }
}

function describe(cause: unknown): string {
  if (!(cause instanceof Error)) return "file storage unavailable";
  const code = (cause as NodeJS.ErrnoException).code;
  return [cause.name, code].filter(Boolean).join(" ") || "file storage unavailable";
}
