import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { can } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { resolveInsightsScope } from "@/lib/insights/insights-scope";

/** Whether to show the Insights link: the same rule the page enforces (navigation only, not protection). */
export async function canOpenInsights(actor: Actor): Promise<boolean> {
  if (!can(actor, "insights.read")) return false;
  try {
    await resolveInsightsScope(actor);
    return true;
  } catch (error) {
    if (error instanceof AppError && error.code === "FORBIDDEN") return false;
    throw error;
  }
}
