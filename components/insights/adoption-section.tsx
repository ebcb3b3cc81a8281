import { formatCount, formatPercent } from "@/components/insights/format";
import { GroupTable, type GroupColumn } from "@/components/insights/group-table";
import { SectionCard } from "@/components/insights/section-card";
import { Stat } from "@/components/insights/stat";
import { TrendChart } from "@/components/insights/trend-chart";
import { INTERACTIVE_AVERAGE, INTERACTIVE_TARGET } from "@/lib/insights/benchmarks";
import type { Adoption, AdoptionGroup } from "@/lib/insights/measure-adoption";

const groupColumns: GroupColumn<AdoptionGroup>[] = [
  { label: "Active, 30 d", value: (row) => formatCount(row.monthlyActive) },
  {
    label: "Interactive",
    value: (row) => (row.monthlyActive === null ? formatCount(null) : formatPercent(row.interactiveShare)),
    share: (row) => row.interactiveShare,
  },
];

export function AdoptionSection({ adoption }: { adoption: Adoption }) {
  const weeks = adoption.trend.map((week) => week.weekStart);
  const verdict =
    adoption.interactiveShare === null
      ? "No one active yet, or fewer than 5 people."
      : adoption.interactiveShare >= INTERACTIVE_TARGET
        ? "At or above the 38% target."
        : adoption.interactiveShare >= INTERACTIVE_AVERAGE
          ? "Above the 27% average, below the 38% target."
          : "Below the 27% average: invite people to react and reply.";
  return (
    <SectionCard
      id="adoption"
      title="Adoption"
      description="Who opens Hearth, and how many of them take part: posting, commenting or reacting, not only reading."
    >
      <div className="grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-6">
        <Stat label="People" value={formatCount(adoption.people)} />
        <Stat label="Activated" value={formatCount(adoption.activated)} hint="ever signed in" />
        <Stat label="Daily" value={formatCount(adoption.daily)} hint="active today" />
        <Stat label="Weekly" value={formatCount(adoption.weekly)} hint="last 7 days" />
        <Stat label="Monthly" value={formatCount(adoption.monthly)} hint="last 30 days" />
        <Stat
          label="Interactive"
          value={formatPercent(adoption.interactiveShare, { empty: "—" })}
          hint="of monthly active; avg 27%, target 38%"
        />
      </div>
      <p className="text-sm text-stone-700">{verdict}</p>
      <div className="grid gap-6 lg:grid-cols-2">
        <TrendChart
          title="Active people per week"
          weeks={weeks}
          format={formatCount}
          isCount
          series={[
            { label: "Active", tone: "stone", values: adoption.trend.map((week) => week.active) },
            { label: "Interacting", tone: "ember", values: adoption.trend.map((week) => week.interactive) },
          ]}
        />
        <TrendChart
          title="Interactive share per week"
          weeks={weeks}
          format={(value) => formatPercent(value)}
          max={1}
          references={[
            { label: "average 27%", value: INTERACTIVE_AVERAGE },
            { label: "target 38%", value: INTERACTIVE_TARGET },
          ]}
          series={[
            { label: "Interactive share", tone: "ember", values: adoption.trend.map((w) => w.interactiveShare) },
          ]}
        />
      </div>
      <div className="grid gap-6 lg:grid-cols-2">
        <GroupTable caption="By department" rows={adoption.byDepartment} columns={groupColumns} />
        <GroupTable caption="By location" rows={adoption.byLocation} columns={groupColumns} />
      </div>
    </SectionCard>
  );
}
