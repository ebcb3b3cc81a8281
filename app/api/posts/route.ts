import type { NextRequest } from "next/server";
import { currentActor } from "@/lib/auth/current-user";
import { jsonRoute } from "@/lib/http";
import { findPostsByIds } from "@/lib/posts/find-posts-by-ids";

// GET /api/posts?ids=a,b — what a live event named, as the caller may see it.
export const GET = jsonRoute(async (request: NextRequest) => {
  const ids = (request.nextUrl.searchParams.get("ids") ?? "").split(",").filter(Boolean);
  return { items: await findPostsByIds(await currentActor(), { ids }) };
});
