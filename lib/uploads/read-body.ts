import "server-only";
import { AppError } from "@/lib/errors";

/**
 * Reads a request body but stops as soon as it passes `maxBytes`, whatever Content-Length claimed (it may be
 * missing or lie, e.g. with chunked encoding), so an oversized upload is refused without being buffered.
 */
export async function readBodyWithin(request: Request, maxBytes: number, tooLarge: string): Promise<Buffer> {
  const refuse = () => new AppError("TOO_LARGE", tooLarge, { file: tooLarge });
  if (Number(request.headers.get("content-length") ?? 0) > maxBytes) throw refuse();
  if (!request.body) return Buffer.alloc(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw refuse();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** Parses a multipart body that was already read (and bounded) by readBodyWithin. */
export async function parseMultipart(body: Buffer, contentType: string | null): Promise<FormData | null> {
  if (!contentType?.toLowerCase().startsWith("multipart/form-data")) return null;
  return new Response(new Uint8Array(body), { headers: { "Content-Type": contentType } }).formData().catch(() => null);
}
