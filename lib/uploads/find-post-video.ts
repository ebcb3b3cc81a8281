import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { visiblePostWhere } from "@/lib/posts/visibility";
import { getUploadStorage } from "@/lib/uploads/storage";
import { ZId } from "@/lib/id";

/**
 * A video's bytes (or its poster frame's), only for someone who may see its post (or, while pending, its
 * uploader). The whole file is read: videos are capped at 50 MB and the storage interface has no partial
 * reads yet; the route answers Range requests from it.
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
    const stored = key ? await getUploadStorage().get(key) : null;
    if (!video || !stored) throw new AppError("NOT_FOUND", "That video does not exist.");
    return {
      data: stored.data,
      contentType: input.part === "poster" ? (stored.contentType ?? "image/webp") : video.contentType,
    };
  },
});
