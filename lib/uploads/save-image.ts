import "server-only";
import { processImage } from "@/lib/uploads/process-image";
import { createUploadKey, getUploadStorage, type UploadStorage } from "@/lib/uploads/storage";

export type SavedImage = { key: string; contentType: string; width: number; height: number; bytes: number };

/** Cleans an uploaded image and stores it under a fresh random key. Throws UploadError for anything we refuse. */
export async function saveImage(input: Buffer, storage: UploadStorage = getUploadStorage()): Promise<SavedImage> {
  const image = await processImage(input);
  const key = createUploadKey("images", image.extension);
  await storage.put(key, image.data, image.contentType);
  return { key, contentType: image.contentType, width: image.width, height: image.height, bytes: image.bytes };
}
