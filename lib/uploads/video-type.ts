import { fileTypeFromBuffer } from "file-type";
import { UploadError } from "@/lib/uploads/upload-error";

export const VIDEO_MAX_BYTES = 50 * 1024 * 1024;

// Decided from the bytes (file-type's magic numbers), never from the file name or the browser's MIME type:
// a QuickTime, Matroska or anything else called "clip.mp4" is refused.
const ACCEPTED = { "video/mp4": "mp4", "video/webm": "webm" } as const;

export type VideoType = { contentType: keyof typeof ACCEPTED; extension: (typeof ACCEPTED)[keyof typeof ACCEPTED] };

/** The video's real type, or an UploadError the uploader can act on. */
export async function detectVideoType(input: Buffer, maxBytes = VIDEO_MAX_BYTES): Promise<VideoType> {
  if (input.length > maxBytes)
    throw new UploadError("TOO_LARGE", `Videos can be at most ${Math.round(maxBytes / (1024 * 1024))} MB.`);
  const type = await fileTypeFromBuffer(input);
  if (!type || !(type.mime in ACCEPTED)) throw new UploadError("UNSUPPORTED", "That file is not an MP4 or WebM video.");
  const contentType = type.mime as VideoType["contentType"];
  return { contentType, extension: ACCEPTED[contentType] };
}
