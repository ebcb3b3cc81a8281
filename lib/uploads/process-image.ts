import "server-only";
import { fileTypeFromBuffer } from "file-type";
import sharp from "sharp";
import { UploadError } from "@/lib/uploads/upload-error";

export type ProcessedImage = {
  data: Buffer;
  contentType: "image/webp" | "image/gif";
  extension: "webp" | "gif";
  width: number;
  height: number;
  bytes: number;
};

export type ProcessImageOptions = { maxBytes?: number; maxPixels?: number };

export const DEFAULT_MAX_IMAGE_BYTES = 10 * 1024 * 1024;
export const DEFAULT_MAX_IMAGE_PIXELS = 40_000_000;
const MAX_EDGE = 2048;
const WEBP_QUALITY = 82;

// Decided from the bytes (file-type's magic numbers), never from the file name or the browser's MIME type.
const ACCEPTED_MIME_TYPES = new Set([
  "image/jpeg",
  "image/png",
  "image/apng",
  "image/webp",
  "image/gif",
  "image/avif",
  "image/heic",
  "image/heif",
]);
// What sharp must then agree it decoded: a second look, so a polyglot cannot reach an SVG or PDF loader.
const ACCEPTED_SHARP_FORMATS = new Set(["jpeg", "png", "webp", "gif", "heif"]);

const unsupported = () => new UploadError("UNSUPPORTED", "That file is not a JPEG, PNG, WebP or GIF image.");

/**
 * Turns an untrusted upload into a WebP we are happy to serve: re-encoded (so EXIF, GPS and any other metadata are
 * gone), turned upright, at most 2048 px on its longest side, animation kept.
 */
export async function processImage(input: Buffer, options: ProcessImageOptions = {}): Promise<ProcessedImage> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_IMAGE_BYTES;
  const maxPixels = options.maxPixels ?? DEFAULT_MAX_IMAGE_PIXELS;

  if (input.length > maxBytes)
    throw new UploadError("TOO_LARGE", `Images can be at most ${formatMegabytes(maxBytes)}.`);
  const type = await fileTypeFromBuffer(input);
  if (!type || !ACCEPTED_MIME_TYPES.has(type.mime)) throw unsupported();

  const tooManyPixels = new UploadError(
    "TOO_LARGE",
    `That image is too large to process: at most ${formatMegapixels(maxPixels)} megapixels (width × height, all frames together).`,
  );

  // The header check gives the clear message; limitInputPixels below is what actually stops libvips decoding a bomb.
  // metadata() reads only the header, yet sharp applies its own default pixel limit there too: lifted, so a bomb's
  // header is measured against our limit and gets our message.
  const metadata = await sharp(input, { limitInputPixels: false })
    .metadata()
    .catch((error: unknown) => {
      throw isPixelLimitError(error) ? tooManyPixels : unsupported();
    });
  if (!ACCEPTED_SHARP_FORMATS.has(metadata.format)) throw unsupported();
  // Only GIF and WebP animate; a HEIF's extra pages are thumbnails or bursts, of which the primary image is enough.
  const isAnimated = (metadata.format === "gif" || metadata.format === "webp") && (metadata.pages ?? 1) > 1;
  const frames = isAnimated ? (metadata.pages ?? 1) : 1;
  if (metadata.width * (metadata.pageHeight ?? metadata.height) * frames > maxPixels) throw tooManyPixels;

  try {
    const { data, info } = await sharp(input, { animated: isAnimated, limitInputPixels: maxPixels, failOn: "warning" })
      .rotate()
      .resize({ width: MAX_EDGE, height: MAX_EDGE, fit: "inside", withoutEnlargement: true })
      .webp({ quality: WEBP_QUALITY })
      .toBuffer({ resolveWithObject: true });
    return {
      data,
      contentType: "image/webp",
      extension: "webp",
      width: info.width,
      // For an animation info.height is every frame stacked; one frame is what a page lays out.
      height: info.pageHeight ?? info.height,
      bytes: data.length,
    };
  } catch (error) {
    throw isPixelLimitError(error) ? tooManyPixels : unsupported();
  }
}

function isPixelLimitError(error: unknown): boolean {
  return error instanceof Error && /pixel limit/i.test(error.message);
}

function formatMegabytes(bytes: number): string {
  return `${Number((bytes / (1024 * 1024)).toFixed(1))} MB`;
}

function formatMegapixels(pixels: number): string {
  return String(Number((pixels / 1_000_000).toFixed(1)));
}
