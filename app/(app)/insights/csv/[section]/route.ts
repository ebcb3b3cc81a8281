import { currentActor } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors";
import { jsonRoute } from "@/lib/http";
import { findInsights, INSIGHT_SECTIONS, type InsightSection } from "@/lib/insights/find-insights";
import { insightsCsv } from "@/lib/insights/insights-csv";

type Context = { params: Promise<{ section: string }> };

/** One section of /insights as CSV: the same use case, the same scope and refusal as the page. */
export const GET = jsonRoute(async (_request: Request, { params }: Context) => {
  const { section } = await params;
  if (!INSIGHT_SECTIONS.includes(section as InsightSection)) throw new AppError("NOT_FOUND", "No such section.");
  const insights = await findInsights(await currentActor(), { sections: [section] });
  const day = new Date().toISOString().slice(0, 10);
  return new Response(insightsCsv(section as InsightSection, insights), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="hearth-insights-${section}-${day}.csv"`,
      "Cache-Control": "no-store",
    },
  });
});
