import { crc32 } from "node:zlib";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { processImage } from "@/lib/uploads/process-image";
import { UploadError } from "@/lib/uploads/upload-error";

const NOT_AN_IMAGE = { code: "UNSUPPORTED", message: "That file is not a JPEG, PNG, WebP or GIF image." };

function solid(width: number, height: number) {
  return sharp({ create: { width, height, channels: 3, background: { r: 200, g: 120, b: 40 } } });
}

// Deterministic noise: a flat colour compresses to almost nothing, so truncating it would cut no pixel data.
function noise(width: number, height: number) {
  const pixels = Buffer.alloc(width * height * 3);
  let seed = 42;
  for (let i = 0; i < pixels.length; i++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    pixels[i] = seed >> 16;
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } });
}

async function expectUploadError(promise: Promise<unknown>, expected: { code: string; message?: string | RegExp }) {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(UploadError);
  expect((error as UploadError).code).toBe(expected.code);
  if (expected.message !== undefined) expect((error as UploadError).message).toMatch(expected.message);
}

describe("processImage", () => {
  it("[UPLOADS] a large JPEG becomes a WebP within 2048 px with its EXIF (copyright, GPS) gone", async () => {
    const input = await solid(3000, 2000)
      .jpeg()
      .withExif({
        IFD0: { Copyright: "secret-owner", ImageDescription: "taken at 52.3676N 4.9041E" },
        IFD3: { GPSLatitudeRef: "N", GPSLongitudeRef: "E" },
      })
      .toBuffer();
    const before = await sharp(input).metadata();
    expect(before.exif).toBeDefined(); // the fixture really carries what we expect to strip
    expect(input.includes("secret-owner")).toBe(true);

    const output = await processImage(input);

    expect(output).toMatchObject({ contentType: "image/webp", extension: "webp", width: 2048, height: 1365 });
    expect(output.bytes).toBe(output.data.length);
    const after = await sharp(output.data).metadata();
    expect(after.format).toBe("webp");
    expect([after.width, after.height]).toEqual([2048, 1365]);
    expect(after.exif).toBeUndefined();
    expect(after.xmp).toBeUndefined();
    expect(output.data.includes("secret-owner")).toBe(false);
    expect(output.data.includes("52.3676N")).toBe(false);
  });

  it("[UPLOADS] a PNG smaller than the limit keeps its size (no enlargement)", async () => {
    const output = await processImage(await solid(640, 480).png().toBuffer());
    expect(output).toMatchObject({ contentType: "image/webp", width: 640, height: 480 });
    expect((await sharp(output.data).metadata()).format).toBe("webp");
  });

  it("[UPLOADS] a photo taken sideways is turned upright from its EXIF orientation", async () => {
    const sideways = await solid(300, 200).jpeg().withMetadata({ orientation: 6 }).toBuffer();
    const output = await processImage(sideways);
    expect([output.width, output.height]).toEqual([200, 300]);
    expect((await sharp(output.data).metadata()).orientation).toBeUndefined();
  });

  it("[UPLOADS] an animated GIF stays animated, as an animated WebP, each frame scaled down", async () => {
    const frames = await Promise.all(
      ["red", "green", "blue"].map((colour) =>
        sharp({ create: { width: 2400, height: 300, channels: 3, background: colour } })
          .png()
          .toBuffer(),
      ),
    );
    const gif = await sharp(frames, { join: { animated: true } })
      .gif({ delay: [100, 100, 100], loop: 0 })
      .toBuffer();

    const output = await processImage(gif);

    expect(output).toMatchObject({ contentType: "image/webp", width: 2048, height: 256 });
    const after = await sharp(output.data, { animated: true }).metadata();
    expect(after.format).toBe("webp");
    expect(after.pages).toBe(3);
    expect(after.pageHeight).toBe(256);
  });

  it("[UPLOADS] an AVIF is accepted and re-encoded as WebP", async () => {
    const output = await processImage(await solid(64, 48).avif().toBuffer());
    expect(output).toMatchObject({ contentType: "image/webp", width: 64, height: 48 });
  });

  it("[UPLOADS] an SVG, HTML, PDF, text or random bytes are refused whatever the file was called", async () => {
    const svg = Buffer.from(
      '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>',
    );
    const html = Buffer.from("<html><body><script>alert(document.cookie)</script></body></html>");
    const pdf = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n");
    const text = Buffer.from("just some notes.png\n".repeat(20));
    const random = Buffer.alloc(4096);
    for (let i = 0; i < random.length; i++) random[i] = (i * 7919 + 13) % 251;

    for (const input of [svg, html, pdf, text, random, Buffer.alloc(0)])
      await expectUploadError(processImage(input), NOT_AN_IMAGE);
  });

  it("[UPLOADS] a truncated JPEG is refused as unsupported, not a crash", async () => {
    const jpeg = await noise(400, 300).jpeg().toBuffer();
    await expect(processImage(jpeg)).resolves.toMatchObject({ width: 400 }); // whole, it is fine
    await expectUploadError(processImage(jpeg.subarray(0, Math.floor(jpeg.length * 0.6))), NOT_AN_IMAGE);
    await expectUploadError(processImage(jpeg.subarray(0, 200)), NOT_AN_IMAGE);
  });

  it("[UPLOADS] a file over the byte limit is refused before anything decodes it", async () => {
    await expectUploadError(processImage(Buffer.alloc(10 * 1024 * 1024 + 1)), {
      code: "TOO_LARGE",
      message: /^Images can be at most 10 MB\.$/,
    });
    const png = await solid(100, 100).png().toBuffer();
    await expectUploadError(processImage(png, { maxBytes: png.length - 1 }), { code: "TOO_LARGE" });
    await expect(processImage(png, { maxBytes: png.length })).resolves.toMatchObject({ width: 100 });
  });

  it("[UPLOADS] an image with more pixels than allowed is refused with a clear message", async () => {
    const huge = await solid(9000, 9000).png({ compressionLevel: 9 }).toBuffer();
    await expectUploadError(processImage(huge, { maxPixels: 1_000_000 }), {
      code: "TOO_LARGE",
      message: /at most 1 megapixels/,
    });
  });

  it("[UPLOADS] a tiny PNG whose header claims 20000×20000 (a decompression bomb) hits the default 40 MP limit", async () => {
    const png = await solid(8, 8).png().toBuffer();
    // IHDR follows the 8-byte signature: length (4), "IHDR" (4), width (4), height (4), …, then a CRC over type + data.
    png.writeUInt32BE(20_000, 16);
    png.writeUInt32BE(20_000, 20);
    png.writeUInt32BE(crc32(png.subarray(12, 29)), 29);
    expect((await sharp(png, { limitInputPixels: false }).metadata()).width).toBe(20_000);

    await expectUploadError(processImage(png), { code: "TOO_LARGE", message: /at most 40 megapixels/ });
  });
});
