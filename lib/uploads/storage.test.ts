import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createUploadKey, getUploadStorage, isValidUploadKey, LocalDiskStorage } from "@/lib/uploads/storage";

let dir: string;
let storage: LocalDiskStorage;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "hearth-uploads-"));
  storage = new LocalDiskStorage(path.join(dir, "root"));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const TRAVERSAL_KEYS = [
  "../x.webp",
  "/etc/passwd",
  "a/../../b.webp",
  "x.exe",
  "images/../../x.webp",
  "/tmp/x.webp",
  "a//b.webp",
  "",
  "Images/A.webp",
  "a\\..\\b.webp",
  "x.webp/",
  ".webp",
  "x.webp\0.png",
];

describe("LocalDiskStorage", () => {
  it("[UPLOADS] put, get and delete round-trip a file, creating folders as needed", async () => {
    const key = "images/2026/11/0f8fad5b-d9cb-469f-a165-70867728950e.webp";
    const data = Buffer.from("RIFF fake webp bytes");

    await storage.put(key, data, "image/webp");
    expect(await storage.get(key)).toEqual({ data, contentType: "image/webp" });

    await storage.put(key, Buffer.from("replaced"), "image/webp");
    expect((await storage.get(key))?.data.toString()).toBe("replaced");
    // The temporary file was renamed into place, not left behind.
    expect(await readdir(path.join(dir, "root", "images", "2026", "11"))).toEqual([path.basename(key)]);

    await storage.delete(key);
    expect(await storage.get(key)).toBeNull();
    await storage.delete(key); // deleting twice is fine
  });

  it("[UPLOADS] get of a key that was never stored is null", async () => {
    expect(await storage.get("images/2026/11/missing.webp")).toBeNull();
    expect(await storage.get("videos/none.mp4")).toBeNull();
  });

  it("[UPLOADS] keys that could escape the upload folder or are not media are refused", async () => {
    for (const key of TRAVERSAL_KEYS) {
      expect(isValidUploadKey(key), key).toBe(false);
      await expect(storage.put(key, Buffer.from("x"), "image/webp"), key).rejects.toThrow(/Refusing upload key/);
      await expect(storage.get(key), key).rejects.toThrow(/Refusing upload key/);
      await expect(storage.delete(key), key).rejects.toThrow(/Refusing upload key/);
    }
    // Nothing was written anywhere: not beside the root, not inside it.
    expect(await readdir(dir)).toEqual([]);
  });

  it("[UPLOADS] a content type that does not match the key's extension is refused", async () => {
    await expect(storage.put("images/a.webp", Buffer.from("x"), "text/html")).rejects.toThrow(/does not fit/);
    expect(await storage.get("images/a.webp")).toBeNull();
  });

  it("[UPLOADS] new keys are random, dated and valid", () => {
    const now = new Date("2026-11-23T10:00:00Z");
    const a = createUploadKey("images", "webp", now);
    const b = createUploadKey("images", "webp", now);
    expect(a).toMatch(/^images\/2026\/11\/[0-9a-f-]{36}\.webp$/);
    expect(a).not.toBe(b);
    expect(isValidUploadKey(a)).toBe(true);
    expect(isValidUploadKey(createUploadKey("videos", "mp4", now))).toBe(true);
  });

  it("[UPLOADS] getUploadStorage is one local-disk instance per process", () => {
    expect(getUploadStorage()).toBeInstanceOf(LocalDiskStorage);
    expect(getUploadStorage()).toBe(getUploadStorage());
  });
});
