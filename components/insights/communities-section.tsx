import { Snowflake } from "lucide-react";
import Link from "next/link";
import { formatCount, formatPercent } from "@/components/insights/format";
import { SectionCard } from "@/components/insights/section-card";
import { Stat } from "@/components/insights/stat";
import { TrendChart } from "@/components/insights/trend-chart";
import type { Communities } from "@/lib/insights/measure-communities";

export function CommunitiesSection({ communities }: { communities: Communities }) {
  const ranked = [...communities.communities].sort((a, b) => (b.healthIndex ?? -1) - (a.healthIndex ?? -1));
  return (
    <SectionCard
      id="communities"
      title="Community"
      description="Health index: members active this month ÷ members active at least once in the last 12 months (posts, comments, reactions, focus-board work)."
    >
      <div className="grid grid-cols-2 gap-3 md:grid-cols-3">
        <Stat label="In an interest community" value={formatCount(communities.interestMembers)} />
        <Stat
          label="Active in one, 30 days"
          value={formatCount(communities.interestActive)}
          hint={`${formatPercent(communities.interestShare)} of people`}
        />
        <Stat label="Going cold" value={String(communities.cold.length)} />
      </div>
      <TrendChart
        title="People active in communities per week"
        weeks={communities.trend.map((week) => week.weekStart)}
        format={formatCount}
        isCount
        series={[
          { label: "Work", tone: "stone", values: communities.trend.map((week) => week.workActive) },
          { label: "Non-work", tone: "ember", values: communities.trend.map((week) => week.interestActive) },
        ]}
      />
      {communities.cold.length > 0 && (
        <div>
          <h3 className="mb-2 text-sm font-medium text-stone-800">Going cold</h3>
          <ul className="space-y-2">
            {communities.cold.map((row) => (
              <li
                key={row.slug}
                className="flex gap-3 rounded-xl bg-sky-50 p-3 text-sm text-sky-950 ring-1 ring-sky-200"
              >
                <Snowflake className="mt-0.5 size-4 shrink-0" aria-hidden="true" />
                <div>
                  <Link href={`/communities/${row.slug}`} className="font-semibold hover:underline">
                    {row.name}
                  </Link>
                  {row.owners.length > 0 && <span> · owned by {row.owners.join(", ")}</span>}
                  <ul className="mt-1 list-disc pl-5">
                    {row.causes.map((cause) => (
                      <li key={cause}>{cause}</li>
                    ))}
                  </ul>
                </div>
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="overflow-x-auto">
        <table className="w-full min-w-[36rem] text-left text-sm">
          <caption className="mb-1 text-left text-sm font-medium text-stone-800">Health per community</caption>
          <thead className="text-xs uppercase tracking-wide text-stone-600">
            <tr>
              {["Community", "Kind", "Members", "Active (30 days)", "Active (12 months)", "Health index"].map(
                (label, index) => (
                  <th key={label} scope="col" className={index < 2 ? "py-1 pr-3" : "px-3 py-1 text-right"}>
                    {label}
                  </th>
                ),
              )}
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-100 tabular-nums">
            {ranked.map((row) => (
              <tr key={row.slug}>
                <th scope="row" className="py-1.5 pr-3 font-medium">
                  <Link href={`/communities/${row.slug}`} className="text-stone-900 hover:underline">
                    {row.name}
                  </Link>
                  {row.coldSince && <Snowflake className="ml-1 inline size-3.5 text-sky-700" aria-label="going cold" />}
                </th>
                <td className="py-1.5 pr-3">{row.kind === "WORK" ? "Work" : "Non-work"}</td>
                <td className="px-3 py-1.5 text-right">{row.members}</td>
                <td className="px-3 py-1.5 text-right">{formatCount(row.monthlyActive)}</td>
                <td className="px-3 py-1.5 text-right">{formatCount(row.yearlyActive)}</td>
                <td className="px-3 py-1.5 text-right font-semibold">
                  {row.healthIndex === null && row.monthlyActive === null
                    ? formatCount(null)
                    : formatPercent(row.healthIndex)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </SectionCard>
  );
}
