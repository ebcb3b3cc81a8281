import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { resolveInsightsScope } from "@/lib/insights/insights-scope";
import { measureAdoption, type Adoption } from "@/lib/insights/measure-adoption";
import { measureAuthenticity, type Authenticity } from "@/lib/insights/measure-authenticity";
import { measureCommunities, type Communities } from "@/lib/insights/measure-communities";
import { measureFun, type Fun } from "@/lib/insights/measure-fun";
import { measurePride, type Pride } from "@/lib/insights/measure-pride";

export const INSIGHT_SECTIONS = ["adoption", "authenticity", "pride", "communities", "fun"] as const;
export type InsightSection = (typeof INSIGHT_SECTIONS)[number];

export type Insights = {
  scope: { kind: "organisation" | "people"; label: string };
  adoption?: Adoption;
  authenticity?: Authenticity;
  pride?: Pride;
  communities?: Communities;
  fun?: Fun;
};

/**
 * The four pillars for the reader's scope: the organisation for admins, their department and team for leaders,
 * their team for managers. Everyone else is refused with what the page is for, and no figures.
 */
export const findInsights = defineUseCase({
  input: z.object({
    sections: z
      .array(z.enum(INSIGHT_SECTIONS))
      .min(1)
      .default([...INSIGHT_SECTIONS]),
  }),
  permission: "insights.read",
  run: async ({ actor, input }): Promise<Insights> => {
    const scope = await resolveInsightsScope(actor);
    const wants = new Set(input.sections);
    const now = new Date();
    const [adoption, authenticity, pride, communities, fun] = await Promise.all([
      wants.has("adoption") ? measureAdoption(scope, now) : undefined,
      wants.has("authenticity") ? measureAuthenticity(scope, now) : undefined,
      wants.has("pride") ? measurePride(scope, now) : undefined,
      wants.has("communities") ? measureCommunities(scope, now) : undefined,
      wants.has("fun") ? measureFun(scope, now) : undefined,
    ]);
    return { scope: { kind: scope.kind, label: scope.label }, adoption, authenticity, pride, communities, fun };
  },
});
