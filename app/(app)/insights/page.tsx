import { LineChart } from "lucide-react";
import type { Metadata } from "next";
import { AdoptionSection } from "@/components/insights/adoption-section";
import { AuthenticitySection } from "@/components/insights/authenticity-section";
import { CommunitiesSection } from "@/components/insights/communities-section";
import { FunSection } from "@/components/insights/fun-section";
import { PrideSection } from "@/components/insights/pride-section";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { currentActor } from "@/lib/auth/current-user";
import { isAppError } from "@/lib/errors";
import { pageRefusal } from "@/lib/http";
import { findInsights } from "@/lib/insights/find-insights";

export const metadata: Metadata = { title: "Insights" };

/** The four pillars for admins (the organisation), leaders and managers (their own people). */
export default async function InsightsPage() {
  const insights = await findInsights(await currentActor(), {}).catch((error: unknown) => {
    // Refused readers learn what the page is for, and see no figures.
    if (isAppError(error) && error.code === "FORBIDDEN") return { refused: error.message } as const;
    return pageRefusal(error, "/insights");
  });
  if ("refused" in insights)
    return (
      <>
        <PageHeader title="Insights" />
        <EmptyState
          icon={<LineChart className="size-8" aria-hidden="true" />}
          title="Insights are for leaders and managers"
        >
          <p>{insights.refused}</p>
        </EmptyState>
      </>
    );
  return (
    <>
      <PageHeader
        title="Insights"
        description={`${insights.scope.label}. Computed live from today's data; trends show 12 weeks of 7 days, the last ending today (UTC). No figure is shown for a group of fewer than 5 people.`}
      />
      <div className="space-y-6">
        {insights.adoption && <AdoptionSection adoption={insights.adoption} />}
        {insights.authenticity && <AuthenticitySection authenticity={insights.authenticity} />}
        {insights.pride && <PrideSection pride={insights.pride} />}
        {insights.communities && <CommunitiesSection communities={insights.communities} />}
        {insights.fun && <FunSection fun={insights.fun} />}
      </div>
    </>
  );
}
