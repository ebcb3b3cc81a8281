import { currentActor } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors";
import { jsonRoute } from "@/lib/http";
import { parseByteRange } from "@/lib/uploads/byte-range";
import { findPostVideo } from "@/lib/uploads/find-post-video";

const SAFE_HEADERS = {
  "X-Content-Type-Options": "nosniff",
  "Content-Disposition": "inline",
  "Content-Security-Policy": "default-src 'none'; sandbox",
  "Accept-Ranges": "bytes",
  // Private: the response depends on who asks. Videos never change under an id.
  "Cache-Control": "private, max-age=86400, immutable",
};

// GET, with Range support (206) so that the HTML5 player can seek without downloading everything first. The bytes are
// streamed from storage (disk or bucket) after the visibility check, never read whole into memory.
export const GET = jsonRoute(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const video = await findPostVideo(await currentActor(), { videoId: (await params).id });
  const size = video.size;
  const range = parseByteRange(request.headers.get("range"), size);
  if (range === "unsatisfiable") {
    return new Response(null, { status: 416, headers: { ...SAFE_HEADERS, "Content-Range": `bytes */${size}` } });
  }
  const { start, end } = range ?? { start: 0, end: size - 1 };
  const body = size === 0 ? null : await video.read({ start, end });
  if (size > 0 && !body) throw new AppError("NOT_FOUND", "That video does not exist.");
  return new Response(body, {
    status: range ? 206 : 200,
    headers: {
      ...SAFE_HEADERS,
      "Content-Type": video.contentType,
      "Content-Length": String(end - start + 1),
      ...(range && { "Content-Range": `bytes ${start}-${end}/${size}` }),
    },
  });
});
