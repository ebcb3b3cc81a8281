import "server-only";
import { randomUUID } from "node:crypto";
import { mkdir, open, readFile, rename, rm } from "node:fs/promises";
import path from "node:path";
import { env } from "@/lib/env";

// Where uploaded files live. Callers only see keys, so an S3-compatible backend (MinIO, R2, S3) can be added later
// behind this same interface and chosen in getUploadStorage() without touching them.
export interface UploadStorage {
  put(key: string, data: Buffer, contentType: string): Promise<void>;
  get(key: string): Promise<{ data: Buffer; contentType?: string } | null>;
  delete(key: string): Promise<void>;
}

const CONTENT_TYPES = {
  webp: "image/webp",
  jpg: "image/jpeg",
  png: "image/png",
  gif: "image/gif",
  mp4: "video/mp4",
  webm: "video/webm",
  // A person's data export (lib/privacy/build-export.ts).
  zip: "application/zip",
} as const;

export type UploadExtension = keyof typeof CONTENT_TYPES;

// Slash-separated segments of [a-z0-9_-] and one known extension: no "..", no leading or doubled slash, no dot files.
const KEY_PATTERN = /^[a-z0-9_-]+(?:\/[a-z0-9_-]+)*\.(webp|jpg|png|gif|mp4|webm|zip)$/;

export function isValidUploadKey(key: string): boolean {
  return KEY_PATTERN.test(key) && !key.includes("..");
}

/** A fresh random key such as `images/2026/11/<uuid>.webp`; never derived from what the user called the file. */
export function createUploadKey(
  kind: "images" | "videos" | "exports",
  extension: UploadExtension,
  now = new Date(),
): string {
  const month = String(now.getUTCMonth() + 1).padStart(2, "0");
  return `${kind}/${now.getUTCFullYear()}/${month}/${randomUUID()}.${extension}`;
}

export class LocalDiskStorage implements UploadStorage {
  readonly root: string;

  constructor(root: string) {
    this.root = path.resolve(root);
  }

  async put(key: string, data: Buffer, contentType: string): Promise<void> {
    const target = this.pathFor(key);
    // On disk the extension is the only record of the type, so the two must agree.
    if (contentTypeFor(key) !== contentType)
      throw new Error(`Upload key ${key} does not fit content type ${contentType}`);
    await mkdir(path.dirname(target), { recursive: true });
    // Write beside the target, then rename: a reader sees the whole file or none of it. The ".tmp" name can never
    // match a valid key, so a half-written file is never served.
    const temp = `${target}.${randomUUID()}.tmp`;
    try {
      const handle = await open(temp, "wx");
      try {
        await handle.writeFile(data);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(temp, target);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
  }

  async get(key: string): Promise<{ data: Buffer; contentType?: string } | null> {
    const target = this.pathFor(key);
    try {
      return { data: await readFile(target), contentType: contentTypeFor(key) };
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathFor(key), { force: true });
  }

  private pathFor(key: string): string {
    if (!isValidUploadKey(key)) throw new Error(`Refusing upload key ${JSON.stringify(key)}`);
    const target = path.resolve(this.root, key);
    // The pattern already rules out traversal; checking the resolved path too costs nothing.
    if (!target.startsWith(this.root + path.sep)) throw new Error(`Refusing upload key ${JSON.stringify(key)}`);
    return target;
  }
}

function contentTypeFor(key: string): string | undefined {
  const extension = key.slice(key.lastIndexOf(".") + 1);
  return extension in CONTENT_TYPES ? CONTENT_TYPES[extension as UploadExtension] : undefined;
}

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === "ENOENT" || code === "ENOTDIR";
}

let instance: UploadStorage | undefined;

/** The process-wide storage: local disk under HEARTH_DATA_DIR/uploads (an S3-compatible choice would go here). */
export function getUploadStorage(): UploadStorage {
  instance ??= new LocalDiskStorage(path.join(env().HEARTH_DATA_DIR, "uploads"));
  return instance;
}
