// Which storage this process uses, from its settings. No `server-only`: the seed and scripts share it.
import path from "node:path";
import type { TEnv } from "@/lib/env";
import { S3Storage } from "@/lib/uploads/s3-storage";
import { LocalDiskStorage, type UploadStorage } from "@/lib/uploads/storage-backends";

export type StorageSettings = Pick<
  TEnv,
  | "HEARTH_DATA_DIR"
  | "S3_BUCKET"
  | "S3_ENDPOINT"
  | "S3_REGION"
  | "S3_ACCESS_KEY_ID"
  | "S3_SECRET_ACCESS_KEY"
  | "S3_FORCE_PATH_STYLE"
>;

/** The local uploads folder: HEARTH_DATA_DIR/uploads. */
export function localUploadsDir(settings: Pick<TEnv, "HEARTH_DATA_DIR">): string {
  return path.join(settings.HEARTH_DATA_DIR, "uploads");
}

/** The bucket when S3_BUCKET is set (lib/env.ts has checked the rest), else local disk. */
export function createUploadStorage(settings: StorageSettings): UploadStorage {
  if (!settings.S3_BUCKET) return new LocalDiskStorage(localUploadsDir(settings));
  return new S3Storage({
    bucket: settings.S3_BUCKET,
    endpoint: settings.S3_ENDPOINT,
    region: settings.S3_REGION,
    forcePathStyle: settings.S3_FORCE_PATH_STYLE,
    credentials:
      settings.S3_ACCESS_KEY_ID && settings.S3_SECRET_ACCESS_KEY
        ? { accessKeyId: settings.S3_ACCESS_KEY_ID, secretAccessKey: settings.S3_SECRET_ACCESS_KEY }
        : undefined,
  });
}
