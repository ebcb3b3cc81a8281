// Where uploaded files live: local disk (the default) or an S3-compatible bucket. Callers only see keys and this
// interface; the request layer checks who may see a file before it asks for its bytes. No `server-only` here, so
// the demo seed and `npm run storage:migrate` (plain Node, outside Next) use the very same code as the app.
import { randomUUID } from "node:crypto";
import { createReadStream } from "node:fs";
import { access, constants, mkdir, open, readFile, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { AppError } from "@/lib/errors";

/** An inclusive byte range, as parsed from an HTTP Range header (lib/uploads/byte-range.ts). */
export type StoredRange = { start: number; end: number };

export interface UploadStorage {
  /** "local" or "s3": for health reports and logs. */
  readonly backend: "local" | "s3";
  put(key: string, data: Buffer, contentType: string): Promise<void>;
  /** The whole file, or null when there is none under that key. */
  get(key: string): Promise<{ data: Buffer; contentType?: string } | null>;
  /** The file's size, or null when there is none (a HEAD, without reading it). */
  stat(key: string): Promise<{ size: number } | null>;
  /** The file's bytes (one inclusive range of them, when given) as a stream, or null when there is none. */
  stream(key: string, range?: StoredRange): Promise<ReadableStream<Uint8Array> | null>;
  /** Removes the file; removing one that is not there is fine. */
  delete(key: string): Promise<void>;
  /** Resolves when the storage can be written to; throws StorageUnavailableError otherwise. For readiness checks. */
  check(): Promise<void>;
}

/**
 * The storage could not be reached or refused to work (S3 down, wrong keys, missing bucket, full or read-only disk).
 * Never the uploader's fault: it reaches them as a 503 with a sentence and a Retry-After, through the same path as
 * any AppError, while the cause is logged for the operator.
 */
export class StorageUnavailableError extends AppError {
  constructor(
    operation: "write" | "read",
    readonly cause: unknown,
    log = true,
  ) {
    super(
      "BUSY",
      operation === "write"
        ? "Hearth cannot reach its file storage right now, so the file was not saved. Please try again in a minute."
        : "Hearth cannot reach its file storage right now. Please try again in a minute.",
    );
    this.name = "StorageUnavailableError";
    if (log) console.error(`[hearth] file storage unavailable (${operation}):`, describeCause(cause));
  }
}

export function isStorageUnavailable(error: unknown): error is StorageUnavailableError {
  return error instanceof StorageUnavailableError;
}

function describeCause(cause: unknown): string {
  if (!(cause instanceof Error)) return String(cause);
  const code = (cause as NodeJS.ErrnoException).code;
  return [cause.name, code, cause.message].filter(Boolean).join(": ");
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

/** Refuses anything but a valid key, on every backend: the key is the only name a file ever has. */
export function assertUploadKey(key: string): void {
  if (!isValidUploadKey(key)) throw new Error(`Refusing upload key ${JSON.stringify(key)}`);
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

export function contentTypeFor(key: string): string | undefined {
  const extension = key.slice(key.lastIndexOf(".") + 1);
  return extension in CONTENT_TYPES ? CONTENT_TYPES[extension as UploadExtension] : undefined;
}

/** Every backend stores a key with the type its extension names, so a file can never be served as something else. */
export function assertContentType(key: string, contentType: string): void {
  if (contentTypeFor(key) !== contentType)
    throw new Error(`Upload key ${key} does not fit content type ${contentType}`);
}

// Disk errors that are the machine's state, not a bug: the storage is unavailable until an operator acts. (ENOTDIR
// on a write: something that is not a folder sits where the uploads folder should be; on a read it means "missing".)
const DISK_UNAVAILABLE = new Set([
  "EACCES",
  "EPERM",
  "ENOSPC",
  "EROFS",
  "EIO",
  "EDQUOT",
  "ENOTCONN",
  "ESTALE",
  "ENOTDIR",
]);

export class LocalDiskStorage implements UploadStorage {
  readonly backend = "local";
  readonly root: string;

  constructor(root: string) {
    this.root = path.resolve(root);
  }

  async put(key: string, data: Buffer, contentType: string): Promise<void> {
    const target = this.pathFor(key);
    // On disk the extension is the only record of the type, so the two must agree.
    assertContentType(key, contentType);
    // Write beside the target, then rename: a reader sees the whole file or none of it. The ".tmp" name can never
    // match a valid key, so a half-written file is never served.
    const temp = `${target}.${randomUUID()}.tmp`;
    try {
      await mkdir(path.dirname(target), { recursive: true });
      const handle = await open(temp, "wx");
      try {
        await handle.writeFile(data);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(temp, target);
    } catch (error) {
      await rm(temp, { force: true }).catch(() => undefined);
      throw diskError(error, "write");
    }
  }

  async get(key: string): Promise<{ data: Buffer; contentType?: string } | null> {
    const target = this.pathFor(key);
    try {
      return { data: await readFile(target), contentType: contentTypeFor(key) };
    } catch (error) {
      if (isMissing(error)) return null;
      throw diskError(error, "read");
    }
  }

  async stat(key: string): Promise<{ size: number } | null> {
    const target = this.pathFor(key);
    try {
      const stats = await stat(target);
      return stats.isFile() ? { size: stats.size } : null;
    } catch (error) {
      if (isMissing(error)) return null;
      throw diskError(error, "read");
    }
  }

  async stream(key: string, range?: StoredRange): Promise<ReadableStream<Uint8Array> | null> {
    if (!(await this.stat(key))) return null;
    const file = createReadStream(this.pathFor(key), range ?? {});
    return Readable.toWeb(file) as ReadableStream<Uint8Array>;
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathFor(key), { force: true }).catch((error: unknown) => {
      throw diskError(error, "write");
    });
  }

  async check(): Promise<void> {
    try {
      await mkdir(this.root, { recursive: true });
      await access(this.root, constants.W_OK);
    } catch (error) {
      throw new StorageUnavailableError("write", error, false); // the health check reports it; no log per probe
    }
  }

  private pathFor(key: string): string {
    assertUploadKey(key);
    const target = path.resolve(this.root, key);
    // The pattern already rules out traversal; checking the resolved path too costs nothing.
    if (!target.startsWith(this.root + path.sep)) throw new Error(`Refusing upload key ${JSON.stringify(key)}`);
    return target;
  }
}

function diskError(error: unknown, operation: "write" | "read"): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code && DISK_UNAVAILABLE.has(code) ? new StorageUnavailableError(operation, error) : error;
}

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === "ENOENT" || code === "ENOTDIR";
}
