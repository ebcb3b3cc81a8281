import { formatCount, formatPercent } from "@/components/insights/format";
import { GroupTable, type GroupColumn } from "@/components/insights/group-table";
import { SectionCard } from "@/components/insights/section-card";
import { Stat } from "@/components/insights/stat";
import { TrendChart } from "@/components/insights/trend-chart";
import { RECOGNISED_WEEKLY_BENCHMARK } from "@/lib/insights/benchmarks";
import type { Pride, PrideGroup } from "@/lib/insights/measure-pride";

const columns: GroupColumn<PrideGroup>[] = [
  {
    label: "Recognised, 30 d",
    value: (row) => (row.coverage30 === null ? formatCount(null) : formatPercent(row.coverage30)),
    share: (row) => row.coverage30,
  },
];

export function PrideSection({ pride }: { pride: Pride }) {
  return (
    <SectionCard
      id="pride"
      title="Pride"
      description="Who is recognised: credited in a moment of pride, thanked by a leader, or winning a challenge. Gallup finds about one in four employees recognised in the last seven days."
    >
      <div className="grid grid-cols-2 gap-3 md:grid-cols-4">
        <Stat label="Recognised, 7 days" value={formatCount(pride.recognised7)} hint={formatPercent(pride.coverage7)} />
        <Stat
          label="Recognised, 30 days"
          value={formatCount(pride.recognised30)}
          hint={formatPercent(pride.coverage30)}
        />
        <Stat label="People" value={formatCount(pride.people)} />
      </div>
      <TrendChart
        title="Share of people recognised per week"
        weeks={pride.trend.map((week) => week.weekStart)}
        format={(value) => formatPercent(value)}
        references={[{ label: "1 in 4 (Gallup)", value: RECOGNISED_WEEKLY_BENCHMARK }]}
        series={[{ label: "Recognised", tone: "ember", values: pride.trend.map((week) => week.coverage) }]}
      />
      <p className="text-sm text-stone-700">
        Fairness: does recognition reach every department, location and role, or only head office?
      </p>
      <div className="grid gap-6 lg:grid-cols-3">
        <GroupTable caption="By department" rows={pride.byDepartment} columns={columns} />
        <GroupTable caption="By location" rows={pride.byLocation} columns={columns} />
        <GroupTable caption="By role" rows={pride.byRole} columns={columns} />
      </div>
    </SectionCard>
  );
}
