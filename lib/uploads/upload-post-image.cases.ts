import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createPost } from "@/lib/posts/create-post";
import { deletePost } from "@/lib/posts/delete-post";
import { createPendingImage, createUser } from "@/lib/test/factories";
import { findPostImage } from "@/lib/uploads/find-post-image";
import { getUploadStorage } from "@/lib/uploads/storage";
import { uploadPostImage } from "@/lib/uploads/upload-post-image";

const png = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: "tomato" } })
    .png()
    .toBuffer();

/**
 * The image upload tests, run once per storage backend (upload-post-image.test.ts on local disk,
 * upload-post-image.s3.test.ts on a bucket over HTTP): `storedKeys` lists every stored file of that backend.
 */
export function describeImageUploads(backend: "local" | "s3", storedKeys: () => Promise<string[]>) {
  describe(`uploadPostImage and findPostImage (${backend} storage)`, () => {
    it("[UPLOADS] files go to the backend under test", () => {
      expect(getUploadStorage().backend).toBe(backend);
    });

    it("[UPLOADS] a real PNG becomes a pending WebP image that only its uploader can fetch", async () => {
      const { user, actor } = await createUser();
      const { actor: colleague } = await createUser();

      const uploaded = await uploadPostImage(actor, { file: await png(300, 200), alt: "  A red square  " });
      expect(uploaded).toEqual({
        id: expect.any(String),
        width: 300,
        height: 200,
        alt: "A red square",
        url: `/api/uploads/images/${uploaded.id}`,
      });

      const row = await db.postImage.findUniqueOrThrow({ where: { id: uploaded.id } });
      expect(row).toMatchObject({
        uploaderId: user.id,
        postId: null,
        contentType: "image/webp",
        width: 300,
        height: 200,
        alt: "A red square",
      });
      const onDisk = (await getUploadStorage().get(row.storageKey))!.data;
      expect(onDisk.length).toBe(row.bytes);

      const fetched = await findPostImage(actor, { imageId: uploaded.id });
      expect(fetched.contentType).toBe("image/webp");
      expect(fetched.data.equals(onDisk)).toBe(true);
      expect(await sharp(fetched.data).metadata()).toMatchObject({ format: "webp", width: 300, height: 200 });

      await expect(findPostImage(colleague, { imageId: uploaded.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    });

    it("[UPLOADS] once attached to a post, everyone who can see the post can fetch the image; once the post is deleted, nobody", async () => {
      const { actor } = await createUser();
      const { actor: colleague } = await createUser();
      const uploaded = await uploadPostImage(actor, { file: await png(40, 40) });
      await expect(findPostImage(colleague, { imageId: uploaded.id })).rejects.toMatchObject({ code: "NOT_FOUND" });

      const { id: postId } = await createPost(actor, { body: "With a picture", imageIds: [uploaded.id] });
      expect((await findPostImage(colleague, { imageId: uploaded.id })).contentType).toBe("image/webp");
      expect((await findPostImage(actor, { imageId: uploaded.id })).contentType).toBe("image/webp");

      await deletePost(actor, { postId });
      await expect(findPostImage(colleague, { imageId: uploaded.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(findPostImage(actor, { imageId: uploaded.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    });

    it("[UPLOADS] an unknown image id is NOT_FOUND", async () => {
      const { actor } = await createUser();
      await expect(findPostImage(actor, { imageId: "c-no-such-image" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    });

    it.each([
      ["a text file", () => Buffer.from("definitely not an image, just text\n")],
      ["an SVG", () => Buffer.from("<svg xmlns='http://www.w3.org/2000/svg' width='10' height='10'/>")],
      [
        "a PNG signature followed by garbage",
        () => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(200, 7)]),
      ],
    ])("[UPLOADS] %s is refused as BAD_INPUT with a clear message, and nothing is stored", async (_label, file) => {
      const { user, actor } = await createUser();
      const before = await storedKeys();

      const error: unknown = await uploadPostImage(actor, { file: file() }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect(error).toMatchObject({ code: "BAD_INPUT", message: "That file is not a JPEG, PNG, WebP or GIF image." });
      expect(await db.postImage.count({ where: { uploaderId: user.id } })).toBe(0);
      expect(await storedKeys()).toEqual(before);
    });

    it("[UPLOADS] an empty file or a missing one is refused with an error naming file", async () => {
      const { user, actor } = await createUser();
      for (const file of [Buffer.alloc(0), undefined, "not a buffer"]) {
        const error: unknown = await uploadPostImage(actor, { file }).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(AppError);
        expect(error).toMatchObject({ code: "BAD_INPUT" });
        expect(Object.keys((error as AppError).fieldErrors ?? {})).toEqual(["file"]);
      }
      expect(await db.postImage.count({ where: { uploaderId: user.id } })).toBe(0);
    });

    it("[UPLOADS] with 30 images waiting to be posted, the next upload is refused", async () => {
      const { user, actor } = await createUser();
      for (let i = 0; i < 30; i++) await createPendingImage(user.id);
      const error: unknown = await uploadPostImage(actor, { file: await png(20, 20) }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect(error).toMatchObject({ code: "BAD_INPUT", message: expect.stringMatching(/too many images waiting/) });
      expect(await db.postImage.count({ where: { uploaderId: user.id, postId: null } })).toBe(30);
    });

    it("[UPLOADS] RACE: parallel uploads never take a person over 30 images waiting to be posted", async () => {
      const { user, actor } = await createUser();
      for (let i = 0; i < 28; i++) await createPendingImage(user.id);
      const file = await png(20, 20);
      await Promise.allSettled(Array.from({ length: 8 }, () => uploadPostImage(actor, { file })));
      expect(await db.postImage.count({ where: { uploaderId: user.id, postId: null } })).toBeLessThanOrEqual(30);
    });
  });
}
