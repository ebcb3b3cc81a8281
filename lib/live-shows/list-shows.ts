import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { db } from "@/lib/db";
import { showSelect, toShowView, type ShowView } from "@/lib/live-shows/show-view";

const PAST_SHOWN = 24;

/**
 * /events: what is live now, what is coming (soonest first), and past shows (latest first; cancelled
 * ones included, marked). Every show is company-wide, so there is no filter by audience.
 */
export const listShows = defineUseCase({
  input: z.object({}),
  permission: "liveShows.read",
  run: async ({ actor }): Promise<{ live: ShowView[]; upcoming: ShowView[]; past: ShowView[] }> => {
    const select = showSelect(actor.id);
    const [live, upcoming, past] = await Promise.all([
      db.liveShow.findMany({ where: { status: "LIVE" }, orderBy: [{ startedAt: "desc" }, { id: "asc" }], select }),
      db.liveShow.findMany({ where: { status: "SCHEDULED" }, orderBy: [{ startsAt: "asc" }, { id: "asc" }], select }),
      db.liveShow.findMany({
        where: { status: { in: ["ENDED", "CANCELLED"] } },
        orderBy: [{ startsAt: "desc" }, { id: "asc" }],
        take: PAST_SHOWN,
        select,
      }),
    ]);
    const view = (rows: typeof live) => rows.map((row) => toShowView(actor, row));
    return { live: view(live), upcoming: view(upcoming), past: view(past) };
  },
});
