import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { enforceWriteLimit } from "@/lib/rate-limit-guard";
import { saveImage } from "@/lib/uploads/save-image";
import { isUploadError } from "@/lib/uploads/upload-error";
import { getUploadStorage } from "@/lib/uploads/storage";
import { imageUrl } from "@/lib/uploads/media-urls";

export const IMAGE_MAX_BYTES = 10 * 1024 * 1024;
const MAX_PENDING = 30;

export const ZUploadPostImageInput = z.object({
  file: z
    .instanceof(Buffer, { error: "Choose an image file" })
    .refine((buffer) => buffer.length > 0, "The file is empty"),
  alt: z.string().trim().max(300, "Descriptions can be at most 300 characters").default(""),
});

/**
 * Stores an image for a post the actor is writing: checked by content, re-encoded without metadata,
 * kept pending (visible to the uploader only) until a post attaches it.
 */
export const uploadPostImage = defineUseCase({
  input: ZUploadPostImageInput,
  permission: "uploads.create",
  run: async ({ actor, input }) => {
    await enforceWriteLimit("upload", actor.id);
    const saved = await saveImage(input.file).catch((error: unknown) => {
      throw isUploadError(error) ? error.toAppError() : error;
    });
    try {
      const image = await db.$transaction(async (tx) => {
        // One uploader at a time per person, so that parallel uploads cannot pass the cap together.
        await tx.$executeRaw`select pg_advisory_xact_lock(hashtext(${`pending-images:${actor.id}`}))`;
        const pending = await tx.postImage.count({ where: { uploaderId: actor.id, postId: null } });
        if (pending >= MAX_PENDING)
          throw new AppError("BAD_INPUT", "You have too many images waiting to be posted. Post or remove some first.");
        return tx.postImage.create({
          data: {
            uploaderId: actor.id,
            storageKey: saved.key,
            contentType: saved.contentType,
            width: saved.width,
            height: saved.height,
            bytes: saved.bytes,
            alt: input.alt,
          },
          select: { id: true, width: true, height: true, alt: true },
        });
      });
      return { ...image, url: imageUrl(image.id) };
    } catch (error) {
      // No file without its row; a storage that fails here too leaves an orphan, not a masked error.
      await getUploadStorage()
        .delete(saved.key)
        .catch(() => undefined);
      throw error;
    }
  },
});
