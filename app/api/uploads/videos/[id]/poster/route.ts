import { currentActor } from "@/lib/auth/current-user";
import { jsonRoute } from "@/lib/http";
import { findPostVideo } from "@/lib/uploads/find-post-video";

export const GET = jsonRoute(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const poster = await findPostVideo(await currentActor(), { videoId: (await params).id, part: "poster" });
  return new Response(new Uint8Array(poster.data), {
    headers: {
      "Content-Type": poster.contentType,
      "X-Content-Type-Options": "nosniff",
      "Content-Disposition": "inline",
      "Content-Security-Policy": "default-src 'none'; sandbox",
      "Cache-Control": "private, max-age=86400, immutable",
    },
  });
});
