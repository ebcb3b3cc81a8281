import sharp from "sharp";
import { afterAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { errorReply } from "@/lib/errors";
import { createUser } from "@/lib/test/factories";
import { findPostImage } from "@/lib/uploads/find-post-image";
import { checkStorage, deleteObject } from "@/lib/uploads/storage";
import { uploadPostImage } from "@/lib/uploads/upload-post-image";
import { describeImageUploads } from "@/lib/uploads/upload-post-image.cases";

// The same image upload tests as upload-post-image.test.ts, with S3_* pointing at a real S3-protocol server (s3rver,
// over HTTP): started before anything is imported, because lib/env.ts reads and caches the settings on first use.
const s3 = await vi.hoisted(async () => {
  const { startS3Server } = await import("@/lib/test/s3-server");
  const server = await startS3Server();
  Object.assign(process.env, server.env);
  return server;
});

afterAll(async () => {
  await s3.stop();
});

describeImageUploads("s3", () => s3.keys());

describe("storage unreachable", () => {
  it("[STORAGE] an upload while S3 is down is a 503 with a sentence (no row, nothing stored); checkStorage says so; it works again once S3 is back", async () => {
    const { user, actor } = await createUser();
    const file = await sharp({ create: { width: 30, height: 20, channels: 3, background: "teal" } })
      .png()
      .toBuffer();
    expect(await checkStorage()).toEqual({ ok: true, backend: "s3" });
    const before = await s3.keys();

    await s3.pause();
    try {
      const error = await uploadPostImage(actor, { file }).catch((caught: unknown) => caught);
      const reply = errorReply(error);
      expect(reply.status).toBe(503);
      expect(reply.headers["Retry-After"]).toBeDefined();
      expect(reply.body.error.message).toBe(
        "Hearth cannot reach its file storage right now, so the file was not saved. Please try again in a minute.",
      );
      expect(await db.postImage.count({ where: { uploaderId: user.id } })).toBe(0);
      expect(await checkStorage()).toMatchObject({
        ok: false,
        backend: "s3",
        error: expect.stringMatching(/ECONNREFUSED/),
      });
    } finally {
      await s3.resume();
    }
    expect(await s3.keys()).toEqual(before);

    const uploaded = await uploadPostImage(actor, { file });
    expect((await findPostImage(actor, { imageId: uploaded.id })).contentType).toBe("image/webp");
    expect(await checkStorage()).toEqual({ ok: true, backend: "s3" });

    // deleteObject (used when a person's data is erased) removes the object from the bucket.
    const { storageKey } = await db.postImage.findUniqueOrThrow({ where: { id: uploaded.id } });
    expect(await s3.keys()).toContain(storageKey);
    await deleteObject(storageKey);
    expect(await s3.keys()).not.toContain(storageKey);
  });
});
