import "server-only";
import { IMAGE_MAX_BYTES } from "@/lib/uploads/upload-post-image";
import { AppError } from "@/lib/errors";
import { saveImage } from "@/lib/uploads/save-image";
import { isUploadError } from "@/lib/uploads/upload-error";

/** A community cover: checked by content and re-encoded without metadata like any upload; returns its storage key. */
export async function saveCover(file: Buffer): Promise<string> {
  if (file.length > IMAGE_MAX_BYTES)
    throw new AppError("TOO_LARGE", "Cover image can be at most 10 MB.", { cover: "Cover image can be at most 10 MB" });
  const saved = await saveImage(file).catch((error: unknown) => {
    if (isUploadError(error))
      throw new AppError("BAD_INPUT", `Cover image: ${error.message}`, { cover: error.message });
    throw error;
  });
  return saved.key;
}
