import Link from "next/link";
import { formatHours, formatPercent } from "@/components/insights/format";
import { SectionCard } from "@/components/insights/section-card";
import { Stat } from "@/components/insights/stat";
import { TrendChart } from "@/components/insights/trend-chart";
import type { Authenticity } from "@/lib/insights/measure-authenticity";

export function AuthenticitySection({ authenticity }: { authenticity: Authenticity }) {
  const weeks = authenticity.trend.map((week) => week.weekStart);
  return (
    <SectionCard
      id="authenticity"
      title="Authenticity"
      description="Do leaders answer in the open, and keep the promises they make? Askers are never shown or counted."
    >
      <div className="grid grid-cols-2 gap-3 md:grid-cols-3">
        <Stat label="Median time to answer" value={formatHours(authenticity.medianHours)} hint="last 90 days" />
        <Stat label="Answered within 48 h" value={formatPercent(authenticity.within48hShare)} hint="last 90 days" />
        <Stat label="Questions waiting" value={String(authenticity.waiting)} hint="open now" />
      </div>
      <TrendChart
        title="Questions answered per week"
        weeks={weeks}
        format={(value) => (value === null ? "—" : String(value))}
        isCount
        series={[{ label: "Answered", tone: "ember", values: authenticity.trend.map((week) => week.answered) }]}
      />
      {authenticity.leaders.length === 0 ? (
        <p className="text-sm text-stone-600">No leaders in this scope.</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full min-w-[40rem] text-left text-sm">
            <caption className="mb-1 text-left text-sm font-medium text-stone-800">
              Per leader (action items: last 12 weeks; overdue: now)
            </caption>
            <thead className="text-xs uppercase tracking-wide text-stone-600">
              <tr>
                {["Leader", "Median answer", "Within 48 h", "Waiting", "Items opened", "Closed", "Overdue"].map(
                  (label, index) => (
                    <th key={label} scope="col" className={index === 0 ? "py-1 pr-3" : "px-3 py-1 text-right"}>
                      {label}
                    </th>
                  ),
                )}
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-100 tabular-nums">
              {authenticity.leaders.map((leader) => (
                <tr key={leader.id}>
                  <th scope="row" className="py-1.5 pr-3 font-medium">
                    <Link href={`/people/${leader.handle}`} className="text-stone-900 hover:underline">
                      {leader.name}
                    </Link>
                  </th>
                  <td className="px-3 py-1.5 text-right">{formatHours(leader.medianHours)}</td>
                  <td className="px-3 py-1.5 text-right">{formatPercent(leader.within48hShare)}</td>
                  <td className="px-3 py-1.5 text-right">{leader.waiting}</td>
                  <td className="px-3 py-1.5 text-right">{leader.opened}</td>
                  <td className="px-3 py-1.5 text-right">{leader.closed}</td>
                  <td className={`px-3 py-1.5 text-right ${leader.overdue > 0 ? "font-semibold text-red-700" : ""}`}>
                    {leader.overdue}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </SectionCard>
  );
}
