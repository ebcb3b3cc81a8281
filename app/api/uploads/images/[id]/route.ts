import { currentActor } from "@/lib/auth/current-user";
import { jsonRoute } from "@/lib/http";
import { findPostImage } from "@/lib/uploads/find-post-image";

export const GET = jsonRoute(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const image = await findPostImage(await currentActor(), { imageId: (await params).id });
  return new Response(new Uint8Array(image.data), {
    headers: {
      "Content-Type": image.contentType,
      "X-Content-Type-Options": "nosniff",
      "Content-Disposition": "inline",
      "Content-Security-Policy": "default-src 'none'; sandbox",
      // Private: the response depends on who asks. Images never change under an id.
      "Cache-Control": "private, max-age=86400, immutable",
    },
  });
});
