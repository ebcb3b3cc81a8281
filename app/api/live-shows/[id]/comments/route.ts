import type { NextRequest } from "next/server";
import { currentActor } from "@/lib/auth/current-user";
import { jsonRoute } from "@/lib/http";
import { listLiveComments } from "@/lib/live-shows/list-live-comments";

// GET /api/live-shows/<id>/comments?after=<commentId> — what came after the last comment the page has.
// GET /api/live-shows/<id>/comments?ids=a,b — comments a live event named (highlighted, thanked).
export const GET = jsonRoute(async (request: NextRequest, { params }: { params: Promise<{ id: string }> }) => {
  const search = request.nextUrl.searchParams;
  const ids = search.get("ids");
  const items = await listLiveComments(await currentActor(), {
    showId: (await params).id,
    after: search.get("after") ?? undefined,
    ids: ids === null ? undefined : ids.split(",").filter(Boolean),
  });
  return { items };
});
