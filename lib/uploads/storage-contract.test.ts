import { createHash } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startS3Server, TEST_S3_CREDENTIALS, type TestS3Server } from "@/lib/test/s3-server";
import { createUploadStorage } from "@/lib/uploads/create-storage";
import { S3Storage } from "@/lib/uploads/s3-storage";
import {
  isStorageUnavailable,
  LocalDiskStorage,
  StorageUnavailableError,
  type UploadStorage,
} from "@/lib/uploads/storage-backends";

// One contract, two backends: local disk and an S3 bucket reached over HTTP (s3rver) with the production client.
let s3: TestS3Server;
let dir: string;
const backends: Record<"local" | "s3", () => UploadStorage> = {
  local: () => new LocalDiskStorage(path.join(dir, "uploads")),
  s3: () =>
    new S3Storage({
      bucket: s3.bucket,
      endpoint: s3.endpoint,
      region: "us-east-1",
      forcePathStyle: true,
      credentials: TEST_S3_CREDENTIALS,
    }),
};

beforeAll(async () => {
  s3 = await startS3Server();
  dir = await mkdtemp(path.join(tmpdir(), "hearth-storage-contract-"));
});

afterAll(async () => {
  await s3?.stop();
  await rm(dir, { recursive: true, force: true });
});

async function text(stream: ReadableStream<Uint8Array> | null): Promise<string | null> {
  return stream ? new Response(stream).text() : null;
}

describe.each(["local", "s3"] as const)("%s storage", (backend) => {
  const key = (name: string) => `videos/2026/11/${backend}-${name}.webm`;

  it("[STORAGE] put, get, stat, stream (whole and ranged) and delete round-trip a file", async () => {
    const storage = backends[backend]();
    expect(storage.backend).toBe(backend);
    const data = Buffer.from("0123456789abcdefghij");
    await storage.put(key("a"), data, "video/webm");

    expect(await storage.get(key("a"))).toEqual({ data, contentType: "video/webm" });
    expect(await storage.stat(key("a"))).toEqual({ size: 20 });
    expect(await text(await storage.stream(key("a")))).toBe("0123456789abcdefghij");
    expect(await text(await storage.stream(key("a"), { start: 10, end: 14 }))).toBe("abcde");
    expect(await text(await storage.stream(key("a"), { start: 19, end: 19 }))).toBe("j");

    await storage.put(key("a"), Buffer.from("replaced"), "video/webm");
    expect((await storage.get(key("a")))?.data.toString()).toBe("replaced");

    await storage.delete(key("a"));
    expect(await storage.get(key("a"))).toBeNull();
    expect(await storage.stat(key("a"))).toBeNull();
    expect(await storage.stream(key("a"))).toBeNull();
    await storage.delete(key("a")); // deleting twice is fine
  });

  it("[STORAGE] a 3 MB binary file comes back byte for byte", async () => {
    const storage = backends[backend]();
    const data = Buffer.alloc(3 * 1024 * 1024);
    for (let i = 0; i < data.length; i++) data[i] = (i * 7919 + 13) % 251;
    await storage.put(key("big"), data, "video/webm");
    const back = await storage.get(key("big"));
    expect(createHash("sha256").update(back!.data).digest("hex")).toBe(createHash("sha256").update(data).digest("hex"));
    const tail = Buffer.from(
      await new Response(
        await storage.stream(key("big"), { start: data.length - 1000, end: data.length - 1 }),
      ).arrayBuffer(),
    );
    expect(tail.equals(data.subarray(data.length - 1000))).toBe(true);
  });

  it("[STORAGE] invalid keys and mismatched content types are refused before anything is sent", async () => {
    const storage = backends[backend]();
    for (const bad of ["../x.webp", "/etc/passwd", "a//b.webp", "x.exe", "Images/A.webp"]) {
      await expect(storage.put(bad, Buffer.from("x"), "image/webp")).rejects.toThrow(/Refusing upload key/);
      await expect(storage.get(bad)).rejects.toThrow(/Refusing upload key/);
      await expect(storage.delete(bad)).rejects.toThrow(/Refusing upload key/);
    }
    await expect(storage.put("images/a.webp", Buffer.from("x"), "text/html")).rejects.toThrow(/does not fit/);
    expect(await storage.get("images/a.webp")).toBeNull();
  });

  it("[STORAGE] check() passes while the storage is writable", async () => {
    await expect(backends[backend]().check()).resolves.toBeUndefined();
  });
});

describe("unreachable storage", () => {
  it("[STORAGE] S3 down: put, get and check fail with StorageUnavailableError (a 503 sentence)", async () => {
    const storage = backends.s3();
    await storage.put("images/2026/11/before.webp", Buffer.from("x"), "image/webp");
    await s3.pause();
    try {
      const put = await storage
        .put("images/2026/11/during.webp", Buffer.from("x"), "image/webp")
        .catch((e: unknown) => e);
      expect(put).toBeInstanceOf(StorageUnavailableError);
      expect(put).toMatchObject({
        code: "BUSY",
        status: 503,
        message:
          "Hearth cannot reach its file storage right now, so the file was not saved. Please try again in a minute.",
      });
      expect((put as StorageUnavailableError).cause).toMatchObject({ code: "ECONNREFUSED" });
      const get = await storage.get("images/2026/11/before.webp").catch((e: unknown) => e);
      expect(isStorageUnavailable(get)).toBe(true);
      await expect(storage.check()).rejects.toBeInstanceOf(StorageUnavailableError);
    } finally {
      await s3.resume();
    }
    // Back up: the same client works again without a restart.
    expect((await storage.get("images/2026/11/before.webp"))?.data.toString()).toBe("x");
    await storage.check();
  });

  it("[STORAGE] a bucket that does not exist fails check() and writes, not silently", async () => {
    const storage = new S3Storage({
      bucket: "no-such-bucket",
      endpoint: s3.endpoint,
      region: "us-east-1",
      forcePathStyle: true,
      credentials: TEST_S3_CREDENTIALS,
    });
    await expect(storage.check()).rejects.toBeInstanceOf(StorageUnavailableError);
    await expect(storage.put("images/x.webp", Buffer.from("x"), "image/webp")).rejects.toBeInstanceOf(
      StorageUnavailableError,
    );
  });

  it("[STORAGE] an upload folder that is not a folder (a file in its place): put and check fail with StorageUnavailableError", async () => {
    const root = path.join(dir, "not-a-folder");
    await writeFile(root, "oops");
    const storage = new LocalDiskStorage(root);
    await expect(storage.put("images/x.webp", Buffer.from("x"), "image/webp")).rejects.toBeInstanceOf(
      StorageUnavailableError,
    );
    await expect(storage.check()).rejects.toBeInstanceOf(StorageUnavailableError);
    expect(await storage.get("images/x.webp")).toBeNull();
  });
});

describe("createUploadStorage", () => {
  it("[STORAGE] local disk under HEARTH_DATA_DIR/uploads by default; the bucket when S3_BUCKET is set", () => {
    const local = createUploadStorage({ HEARTH_DATA_DIR: dir, S3_REGION: "us-east-1", S3_FORCE_PATH_STYLE: false });
    expect(local).toBeInstanceOf(LocalDiskStorage);
    expect((local as LocalDiskStorage).root).toBe(path.join(dir, "uploads"));
    const bucket = createUploadStorage({
      HEARTH_DATA_DIR: dir,
      S3_BUCKET: "photos",
      S3_REGION: "eu-west-1",
      S3_FORCE_PATH_STYLE: true,
    });
    expect(bucket).toBeInstanceOf(S3Storage);
    expect((bucket as S3Storage).bucket).toBe("photos");
  });
});
