import { readdir, rm } from "node:fs/promises";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { describeImageUploads } from "@/lib/uploads/upload-post-image.cases";
import { getUploadStorage, LocalDiskStorage } from "@/lib/uploads/storage";

// Uploads go under HEARTH_DATA_DIR/uploads. lib/env.ts reads and caches the environment on first use, so the
// temporary folder is set before anything is imported (vi.hoisted runs first), and nothing lands in .data.
const dataDir = await vi.hoisted(async () => {
  const { mkdtemp } = await import("node:fs/promises");
  const { tmpdir } = await import("node:os");
  const { join } = await import("node:path");
  const dir = await mkdtemp(join(tmpdir(), "hearth-upload-test-"));
  process.env.HEARTH_DATA_DIR = dir;
  return dir;
});

afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

/** Every stored file under the temporary uploads folder, as keys. */
async function storedKeys(): Promise<string[]> {
  const root = path.join(dataDir, "uploads");
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)));
}

describe("local storage", () => {
  it("[UPLOADS] the storage root is the test's temporary folder", () => {
    const storage = getUploadStorage();
    expect(storage).toBeInstanceOf(LocalDiskStorage);
    expect((storage as LocalDiskStorage).root).toBe(path.join(dataDir, "uploads"));
  });
});

describeImageUploads("local", storedKeys);
