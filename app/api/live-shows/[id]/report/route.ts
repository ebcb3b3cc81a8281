import { currentActor } from "@/lib/auth/current-user";
import { jsonRoute } from "@/lib/http";
import { findShowReport } from "@/lib/live-shows/find-show-report";

// GET /api/live-shows/<id>/report — thanked people; attendance figures for those who run the show.
export const GET = jsonRoute(async (_request: Request, { params }: { params: Promise<{ id: string }> }) =>
  findShowReport(await currentActor(), { showId: (await params).id }),
);
