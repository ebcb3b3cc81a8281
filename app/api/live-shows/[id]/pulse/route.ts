import { currentActor } from "@/lib/auth/current-user";
import { jsonRoute } from "@/lib/http";
import { findShowPulse } from "@/lib/live-shows/find-show-pulse";

// GET /api/live-shows/<id>/pulse — viewers now, comment and reaction counts.
export const GET = jsonRoute(async (_request: Request, { params }: { params: Promise<{ id: string }> }) =>
  findShowPulse(await currentActor(), { showId: (await params).id }),
);
