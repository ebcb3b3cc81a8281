import { readFile } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createPost } from "@/lib/posts/create-post";
import { deletePost } from "@/lib/posts/delete-post";
import { loadPostViews } from "@/lib/posts/post-view";
import { createUser } from "@/lib/test/factories";
import { findPostVideo } from "@/lib/uploads/find-post-video";
import { uploadPostVideo } from "@/lib/uploads/upload-post-video";
import { detectVideoType } from "@/lib/uploads/video-type";

import { getUploadStorage } from "@/lib/uploads/storage";

async function bytes(stream: Promise<ReadableStream<Uint8Array> | null>): Promise<Buffer> {
  const body = await stream;
  if (!body) throw new Error("expected a stored file");
  return Buffer.from(await new Response(body).arrayBuffer());
}

// Real files recorded in Chromium (MediaRecorder), the same ones the demo seed uses.
const media = (name: string) => readFile(path.join(process.cwd(), "prisma/seed/media", name));
const jpeg = () =>
  sharp({ create: { width: 320, height: 240, channels: 3, background: "orange" } })
    .jpeg()
    .toBuffer();

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

/**
 * The video upload tests, run once per storage backend (upload-post-video.test.ts on local disk,
 * upload-post-video.s3.test.ts on a bucket over HTTP).
 */
export function describeVideoUploads(backend: "local" | "s3") {
  describe(`video uploads (${backend} storage)`, () => {
    it("[VIDEOS] files go to the backend under test", () => {
      expect(getUploadStorage().backend).toBe(backend);
    });

    it("[VIDEOS] a WebM and an MP4 are accepted by their bytes; the poster frame is re-encoded as WebP; pending videos only reach their uploader", async () => {
      const { user, actor } = await createUser();
      const { actor: colleague } = await createUser();
      const webm = await media("pan-flip.webm");
      const uploaded = await uploadPostVideo(actor, {
        file: webm,
        poster: await jpeg(),
        width: "320",
        height: "240",
        durationSec: "3.2",
      });
      expect(uploaded).toEqual({
        id: expect.any(String),
        url: `/api/uploads/videos/${uploaded.id}`,
        posterUrl: `/api/uploads/videos/${uploaded.id}/poster`,
      });
      const row = await db.postVideo.findUniqueOrThrow({ where: { id: uploaded.id } });
      expect(row).toMatchObject({
        uploaderId: user.id,
        postId: null,
        contentType: "video/webm",
        bytes: webm.length,
        width: 320,
        height: 240,
        durationSec: 3.2,
      });
      expect(row.storageKey).toMatch(/^videos\/\d{4}\/\d{2}\/[0-9a-f-]{36}\.webm$/);
      expect(row.posterKey).toMatch(/^images\/.*\.webp$/);

      const video = await findPostVideo(actor, { videoId: uploaded.id });
      expect(video).toMatchObject({ contentType: "video/webm", size: webm.length });
      expect((await bytes(video.read())).equals(webm)).toBe(true);
      // A player's seek: one range, streamed from the backend.
      expect((await bytes(video.read({ start: 100, end: 1099 }))).equals(webm.subarray(100, 1100))).toBe(true);
      const poster = await findPostVideo(actor, { videoId: uploaded.id, part: "poster" });
      expect(poster.contentType).toBe("image/webp");
      expect((await sharp(await bytes(poster.read())).metadata()).format).toBe("webp");
      expect(await refusal(findPostVideo(colleague, { videoId: uploaded.id }))).toMatchObject({ code: "NOT_FOUND" });
      expect(await refusal(findPostVideo(colleague, { videoId: uploaded.id, part: "poster" }))).toMatchObject({
        code: "NOT_FOUND",
      });

      const mp4 = await uploadPostVideo(actor, { file: await media("soup-steam.mp4") });
      expect(await db.postVideo.findUniqueOrThrow({ where: { id: mp4.id } })).toMatchObject({
        contentType: "video/mp4",
        posterKey: null,
      });
      expect(mp4.posterUrl).toBeNull();
    });

    it("[VIDEOS] once on a post, everyone who sees the post gets the video and the post view carries it; once deleted, nobody", async () => {
      const { actor } = await createUser();
      const { actor: colleague } = await createUser();
      const uploaded = await uploadPostVideo(actor, {
        file: await media("stroopwafel-stack.webm"),
        poster: await jpeg(),
      });
      const { id: postId } = await createPost(actor, { body: "Watch this", videoId: uploaded.id });
      expect((await findPostVideo(colleague, { videoId: uploaded.id })).contentType).toBe("video/webm");
      const [view] = await loadPostViews(colleague, [postId]);
      expect(view?.videos).toEqual([
        { id: uploaded.id, url: uploaded.url, posterUrl: uploaded.posterUrl, width: null, height: null },
      ]);
      await deletePost(actor, { postId });
      expect(await refusal(findPostVideo(colleague, { videoId: uploaded.id }))).toMatchObject({ code: "NOT_FOUND" });
      expect(await refusal(findPostVideo(actor, { videoId: uploaded.id }))).toMatchObject({ code: "NOT_FOUND" });
    });

    it.each([
      ["text called clip.mp4", async () => Buffer.from("definitely not a video\n".repeat(50))],
      ["a JPEG", jpeg],
      [
        "a Matroska file (WebM's cousin)",
        async () => {
          const webm = await media("pan-flip.webm");
          const at = webm.indexOf("webm");
          return Buffer.concat([
            webm.subarray(0, at - 2),
            Buffer.from([0x42, 0x82, 0x88]),
            Buffer.from("matroska"),
            webm.subarray(at + 4),
          ]);
        },
      ],
      [
        "a QuickTime movie",
        async () => {
          const mp4 = Buffer.from(await media("soup-steam.mp4"));
          mp4.write("qt  ", 8, "latin1"); // the major brand of the ftyp box
          return mp4;
        },
      ],
    ])("[VIDEOS] %s is refused as not an MP4 or WebM video, and nothing is stored", async (_label, file) => {
      const { user, actor } = await createUser();
      expect(await refusal(uploadPostVideo(actor, { file: await file() }))).toMatchObject({
        code: "BAD_INPUT",
        message: "That file is not an MP4 or WebM video.",
      });
      expect(await db.postVideo.count({ where: { uploaderId: user.id } })).toBe(0);
    });

    it("[VIDEOS] the type check knows the fixtures (so the refusals above are about the bytes, not a broken file)", async () => {
      expect(await detectVideoType(await media("pan-flip.webm"))).toEqual({
        contentType: "video/webm",
        extension: "webm",
      });
      expect(await detectVideoType(await media("soup-steam.mp4"))).toEqual({
        contentType: "video/mp4",
        extension: "mp4",
      });
      await expect(detectVideoType(await media("soup-steam.mp4"), 1000)).rejects.toMatchObject({ code: "TOO_LARGE" });
    });

    it("[VIDEOS] a poster that is not an image refuses the upload with a message naming the poster", async () => {
      const { user, actor } = await createUser();
      const error = await refusal(
        uploadPostVideo(actor, {
          file: await media("pan-flip.webm"),
          poster: Buffer.from("<svg xmlns='http://www.w3.org/2000/svg'/>"),
        }),
      );
      expect(error).toMatchObject({ code: "BAD_INPUT", fieldErrors: { poster: expect.any(String) } });
      expect(await db.postVideo.count({ where: { uploaderId: user.id } })).toBe(0);
    });
  });
}
