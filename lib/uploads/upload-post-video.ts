import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { enforceWriteLimit } from "@/lib/rate-limit-guard";
import { saveImage } from "@/lib/uploads/save-image";
import { createUploadKey, getUploadStorage } from "@/lib/uploads/storage";
import { toVideoRef } from "@/lib/uploads/video-ref";
import { isUploadError } from "@/lib/uploads/upload-error";
import { detectVideoType } from "@/lib/uploads/video-type";

const MAX_PENDING = 5;

export const ZUploadPostVideoInput = z.object({
  file: z
    .instanceof(Buffer, { error: "Choose a video file" })
    .refine((buffer) => buffer.length > 0, "The file is empty"),
  // A frame the browser captured (video → canvas → blob); it goes through the image pipeline like any photo.
  poster: z.instanceof(Buffer).optional(),
  width: z.coerce.number().int().min(1).max(8192).optional(),
  height: z.coerce.number().int().min(1).max(8192).optional(),
  durationSec: z.coerce.number().min(0).max(86_400).optional(),
});

const asAppError = (error: unknown) => (isUploadError(error) ? error.toAppError() : error);

/**
 * Stores a video for a post the actor is writing: checked by content (MP4 or WebM only), stored as uploaded
 * (no transcoding on the server), with an optional poster frame re-encoded by sharp. Pending, visible to the
 * uploader only, until a post attaches it.
 */
export const uploadPostVideo = defineUseCase({
  input: ZUploadPostVideoInput,
  permission: "uploads.create",
  run: async ({ actor, input }) => {
    await enforceWriteLimit("upload", actor.id);
    const storage = getUploadStorage();
    const type = await detectVideoType(input.file).catch((error: unknown) => {
      throw asAppError(error);
    });
    const poster = input.poster?.length
      ? await saveImage(input.poster).catch((error: unknown) => {
          const appError = asAppError(error);
          throw appError instanceof AppError
            ? new AppError(appError.code, `Poster frame: ${appError.message}`, { poster: appError.message })
            : appError;
        })
      : null;
    const key = createUploadKey("videos", type.extension);
    const stored: string[] = poster ? [poster.key] : [];
    try {
      await storage.put(key, input.file, type.contentType);
      stored.push(key);
      const video = await db.$transaction(async (tx) => {
        // One uploader at a time per person, so that parallel uploads cannot pass the cap together.
        await tx.$executeRaw`select pg_advisory_xact_lock(hashtext(${`pending-videos:${actor.id}`}))`;
        const pending = await tx.postVideo.count({ where: { uploaderId: actor.id, postId: null } });
        if (pending >= MAX_PENDING)
          throw new AppError("BAD_INPUT", "You have too many videos waiting to be posted. Post or remove some first.");
        return tx.postVideo.create({
          data: {
            uploaderId: actor.id,
            storageKey: key,
            posterKey: poster?.key ?? null,
            contentType: type.contentType,
            bytes: input.file.length,
            width: input.width ?? null,
            height: input.height ?? null,
            durationSec: input.durationSec ?? null,
          },
          select: { id: true, posterKey: true },
        });
      });
      return toVideoRef(video);
    } catch (error) {
      // No file without its row; a storage that fails here too leaves an orphan, not a masked error.
      await Promise.all(stored.map((storedKey) => storage.delete(storedKey).catch(() => undefined)));
      throw error;
    }
  },
});
