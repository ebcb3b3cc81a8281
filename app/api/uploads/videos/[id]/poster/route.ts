import { currentActor } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors";
import { jsonRoute } from "@/lib/http";
import { findPostVideo } from "@/lib/uploads/find-post-video";

export const GET = jsonRoute(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const poster = await findPostVideo(await currentActor(), { videoId: (await params).id, part: "poster" });
  const body = await poster.read();
  if (!body) throw new AppError("NOT_FOUND", "That video does not exist.");
  return new Response(body, {
    headers: {
      "Content-Type": poster.contentType,
      "Content-Length": String(poster.size),
      "X-Content-Type-Options": "nosniff",
      "Content-Disposition": "inline",
      "Content-Security-Policy": "default-src 'none'; sandbox",
      "Cache-Control": "private, max-age=86400, immutable",
    },
  });
});
