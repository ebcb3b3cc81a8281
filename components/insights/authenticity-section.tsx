import { LinkedRowsTable } from "@/components/insights/linked-rows-table";
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
        <LinkedRowsTable
          caption="Per leader (action items: last 12 weeks; overdue: now)"
          headers={["Leader", "Median answer", "Within 48 h", "Waiting", "Items opened", "Closed", "Overdue"]}
          tableClassName="min-w-[40rem]"
          rows={authenticity.leaders.map((leader) => ({
            key: leader.id,
            href: `/people/${leader.handle}`,
            name: leader.name,
            cells: [
              { value: formatHours(leader.medianHours) },
              { value: formatPercent(leader.within48hShare) },
              { value: leader.waiting },
              { value: leader.opened },
              { value: leader.closed },
              { value: leader.overdue, alert: leader.overdue > 0 },
            ],
          }))}
        />
      )}
    </SectionCard>
  );
}
