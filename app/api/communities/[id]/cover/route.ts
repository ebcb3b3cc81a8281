import { currentActor } from "@/lib/auth/current-user";
import { findCommunityCover } from "@/lib/communities/find-community-cover";
import { jsonRoute } from "@/lib/http";

export const GET = jsonRoute(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const cover = await findCommunityCover(await currentActor(), { communityId: (await params).id });
  return new Response(new Uint8Array(cover.data), {
    headers: {
      "Content-Type": cover.contentType,
      "X-Content-Type-Options": "nosniff",
      "Content-Disposition": "inline",
      "Content-Security-Policy": "default-src 'none'; sandbox",
      // Private: the answer depends on who asks (secret communities). A new cover gets a new key, not this URL.
      "Cache-Control": "private, max-age=300",
    },
  });
});
