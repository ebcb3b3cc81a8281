import { currentActor } from "@/lib/auth/current-user";
import { jsonRoute } from "@/lib/http";
import { findShow } from "@/lib/live-shows/find-show";

// GET /api/live-shows/<id> — the show as the caller sees it (after a "live.show" event).
export const GET = jsonRoute(async (_request: Request, { params }: { params: Promise<{ id: string }> }) =>
  findShow(await currentActor(), { id: (await params).id }),
);
