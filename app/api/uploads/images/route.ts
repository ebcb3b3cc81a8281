import { currentActor } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors";
import { jsonRoute } from "@/lib/http";
import { IMAGE_MAX_BYTES, uploadPostImage } from "@/lib/uploads/upload-post-image";

// POST multipart/form-data { file, alt? } → { id, url, width, height, alt }
export const POST = jsonRoute(async (request: Request) => {
  const actor = await currentActor();
  if (!actor) throw new AppError("UNAUTHENTICATED", "Please sign in first.");
  // Refuse an oversized body before reading it (the form wrapper adds a little around the file).
  const length = Number(request.headers.get("content-length") ?? 0);
  if (length > IMAGE_MAX_BYTES + 64 * 1024)
    throw new AppError("TOO_LARGE", "Images can be at most 10 MB.", { file: "Images can be at most 10 MB." });
  const form = await request.formData().catch(() => null);
  const file = form?.get("file");
  if (!(file instanceof File))
    throw new AppError("BAD_INPUT", "Choose an image file.", { file: "Choose an image file" });
  if (file.size > IMAGE_MAX_BYTES)
    throw new AppError("TOO_LARGE", "Images can be at most 10 MB.", { file: "Images can be at most 10 MB." });
  return uploadPostImage(actor, { file: Buffer.from(await file.arrayBuffer()), alt: String(form?.get("alt") ?? "") });
});
