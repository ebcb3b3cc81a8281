// Uploads in an S3-compatible bucket (AWS S3, MinIO, Cloudflare R2, …) through the AWS SDK v3. The SDK is loaded on
// first use, so the embedded single-process default never pays for it. Tested over HTTP against s3rver.
import { createHash } from "node:crypto";
import type { S3Client, S3ClientConfig } from "@aws-sdk/client-s3";
import {
  assertContentType,
  assertUploadKey,
  contentTypeFor,
  StorageUnavailableError,
  type StoredRange,
  type UploadStorage,
} from "@/lib/uploads/storage-backends";

export type S3StorageOptions = {
  bucket: string;
  endpoint?: string;
  region: string;
  forcePathStyle: boolean;
  credentials?: { accessKeyId: string; secretAccessKey: string };
  /** Attempts per request (the SDK retries throttling, 5xx and network errors with backoff). */
  maxAttempts?: number;
};

type Sdk = typeof import("@aws-sdk/client-s3");

// How long a connection may take to open, and a request may sit idle, before the attempt counts as failed: an
// unreachable storage then answers the uploader within seconds, not after the OS's minutes-long TCP timeout.
const CONNECTION_TIMEOUT_MS = 3_000;
const IDLE_TIMEOUT_MS = 30_000;
const CHECK_TIMEOUT_MS = 5_000;

/** What the object's sha256 metadata holds, so a later check (storage:migrate) can verify it without reading it. */
export const SHA256_METADATA = "sha256";

export class S3Storage implements UploadStorage {
  readonly backend = "s3";
  readonly bucket: string;
  private loaded?: Promise<{ sdk: Sdk; client: S3Client }>;

  constructor(private readonly options: S3StorageOptions) {
    this.bucket = options.bucket;
  }

  async put(key: string, data: Buffer, contentType: string): Promise<void> {
    assertUploadKey(key);
    assertContentType(key, contentType);
    const { sdk, client } = await this.load();
    await client
      .send(
        new sdk.PutObjectCommand({
          Bucket: this.bucket,
          Key: key,
          Body: data,
          ContentType: contentType,
          ContentLength: data.length,
          // The server checks the body against this digest and refuses a damaged upload (BadDigest).
          ContentMD5: createHash("md5").update(data).digest("base64"),
          Metadata: { [SHA256_METADATA]: createHash("sha256").update(data).digest("hex") },
        }),
      )
      .catch((error: unknown) => {
        throw new StorageUnavailableError("write", error);
      });
  }

  async get(key: string): Promise<{ data: Buffer; contentType?: string } | null> {
    assertUploadKey(key);
    const { sdk, client } = await this.load();
    try {
      const object = await client.send(new sdk.GetObjectCommand({ Bucket: this.bucket, Key: key }));
      if (!object.Body) return null;
      return { data: Buffer.from(await object.Body.transformToByteArray()), contentType: contentTypeFor(key) };
    } catch (error) {
      if (isNoSuchKey(error)) return null;
      throw new StorageUnavailableError("read", error);
    }
  }

  async stat(key: string): Promise<{ size: number } | null> {
    const head = await this.head(key);
    return head ? { size: head.size } : null;
  }

  /** Size, the server's ETag and the sha256 we stored beside the object (absent on objects put by other tools). */
  async head(key: string): Promise<{ size: number; etag?: string; sha256?: string } | null> {
    assertUploadKey(key);
    const { sdk, client } = await this.load();
    try {
      const head = await client.send(new sdk.HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      return {
        size: head.ContentLength ?? 0,
        etag: head.ETag?.replaceAll('"', ""),
        sha256: head.Metadata?.[SHA256_METADATA],
      };
    } catch (error) {
      if (isNoSuchKey(error)) return null;
      throw new StorageUnavailableError("read", error);
    }
  }

  async stream(key: string, range?: StoredRange): Promise<ReadableStream<Uint8Array> | null> {
    assertUploadKey(key);
    const { sdk, client } = await this.load();
    try {
      const object = await client.send(
        new sdk.GetObjectCommand({
          Bucket: this.bucket,
          Key: key,
          ...(range && { Range: `bytes=${range.start}-${range.end}` }),
        }),
      );
      return object.Body ? (object.Body.transformToWebStream() as ReadableStream<Uint8Array>) : null;
    } catch (error) {
      if (isNoSuchKey(error)) return null;
      throw new StorageUnavailableError("read", error);
    }
  }

  async delete(key: string): Promise<void> {
    assertUploadKey(key);
    const { sdk, client } = await this.load();
    await client.send(new sdk.DeleteObjectCommand({ Bucket: this.bucket, Key: key })).catch((error: unknown) => {
      throw new StorageUnavailableError("write", error);
    });
  }

  async check(): Promise<void> {
    const { sdk, client } = await this.load();
    await client
      .send(new sdk.HeadBucketCommand({ Bucket: this.bucket }), { abortSignal: AbortSignal.timeout(CHECK_TIMEOUT_MS) })
      .catch((error: unknown) => {
        throw new StorageUnavailableError("read", error, false); // the health check reports it; no log per probe
      });
  }

  /** Closes the client's pooled connections (scripts and tests; the app keeps its client for its lifetime). */
  async close(): Promise<void> {
    if (this.loaded) (await this.loaded).client.destroy();
    this.loaded = undefined;
  }

  private load(): Promise<{ sdk: Sdk; client: S3Client }> {
    this.loaded ??= import("@aws-sdk/client-s3").then((sdk) => {
      const config: S3ClientConfig = {
        region: this.options.region,
        endpoint: this.options.endpoint,
        forcePathStyle: this.options.forcePathStyle,
        credentials: this.options.credentials,
        maxAttempts: this.options.maxAttempts ?? 3,
        requestHandler: { connectionTimeout: CONNECTION_TIMEOUT_MS, requestTimeout: IDLE_TIMEOUT_MS },
        // Only the checksums S3 requires: recent SDKs otherwise add CRC trailers that several S3-compatible servers
        // refuse. Integrity comes from Content-MD5 on every put instead, which all of them check.
        requestChecksumCalculation: "WHEN_REQUIRED",
        responseChecksumValidation: "WHEN_REQUIRED",
      };
      return { sdk, client: new sdk.S3Client(config) };
    });
    return this.loaded;
  }
}

function isNoSuchKey(error: unknown): boolean {
  const name = (error as { name?: string } | undefined)?.name;
  return name === "NoSuchKey" || name === "NotFound";
}
