import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { saveImage } from "@/lib/uploads/save-image";
import { LocalDiskStorage } from "@/lib/uploads/storage";

describe("saveImage", () => {
  it("[UPLOADS] a saved image is stored as WebP under a fresh random key", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "hearth-save-image-"));
    try {
      const storage = new LocalDiskStorage(dir);
      const png = await sharp({ create: { width: 120, height: 80, channels: 3, background: "teal" } })
        .png()
        .toBuffer();

      const first = await saveImage(png, storage);
      const second = await saveImage(png, storage);

      expect(first).toMatchObject({ contentType: "image/webp", width: 120, height: 80 });
      expect(first.key).toMatch(/^images\/\d{4}\/\d{2}\/[0-9a-f-]{36}\.webp$/);
      expect(second.key).not.toBe(first.key);
      const stored = await storage.get(first.key);
      expect(stored?.contentType).toBe("image/webp");
      expect(stored?.data.length).toBe(first.bytes);
      expect((await sharp(stored?.data).metadata()).format).toBe("webp");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("[UPLOADS] a refused file stores nothing", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "hearth-save-image-"));
    try {
      const storage = new LocalDiskStorage(dir);
      await expect(saveImage(Buffer.from("<svg xmlns='http://www.w3.org/2000/svg'/>"), storage)).rejects.toMatchObject({
        code: "UNSUPPORTED",
      });
      expect(await readdir(dir)).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
