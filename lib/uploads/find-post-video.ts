import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { visiblePostWhere } from "@/lib/posts/visibility";
import { contentTypeFor, getUploadStorage, type StoredRange } from "@/lib/uploads/storage";
import { ZId } from "@/lib/id";

/**
 * A video (or its poster frame), only for someone who may see its post (or, while pending, its uploader): its size
 * and a reader for its bytes, so the route streams the range a player asks for from disk or the bucket (through
 * the app, after this check; never a storage URL) without holding the whole file.
 */
export const findPostVideo = defineUseCase({
  input: z.object({ videoId: ZId, part: z.enum(["video", "poster"]).default("video") }),
  permission: "posts.read",
  run: async ({ actor, input }) => {
    const video = await db.postVideo.findFirst({
      where: { id: input.videoId, OR: [{ postId: null, uploaderId: actor.id }, { post: visiblePostWhere(actor) }] },
      select: { storageKey: true, posterKey: true, contentType: true },
    });
    const key = input.part === "poster" ? video?.posterKey : video?.storageKey;
    const storage = getUploadStorage();
    const stored = key ? await storage.stat(key) : null;
    if (!video || !key || !stored) throw new AppError("NOT_FOUND", "That video does not exist.");
    return {
      size: stored.size,
      contentType: input.part === "poster" ? (contentTypeFor(key) ?? "image/webp") : video.contentType,
      /** The bytes (one inclusive range of them), or null if the file vanished since the check above. */
      read: (range?: StoredRange) => storage.stream(key, range),
    };
  },
});
