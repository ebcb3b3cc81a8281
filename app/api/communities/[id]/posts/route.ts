import type { NextRequest } from "next/server";
import { currentActor } from "@/lib/auth/current-user";
import { listCommunityPosts } from "@/lib/communities/list-community-posts";
import { jsonRoute } from "@/lib/http";

// GET /api/communities/<id>/posts?cursor=… — the community feed's next page.
export const GET = jsonRoute(async (request: NextRequest, { params }: { params: Promise<{ id: string }> }) =>
  listCommunityPosts(await currentActor(), {
    ...Object.fromEntries(request.nextUrl.searchParams),
    communityId: (await params).id,
  }),
);
