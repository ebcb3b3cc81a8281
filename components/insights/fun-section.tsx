import { LinkedRowsTable } from "@/components/insights/linked-rows-table";
import { formatCount, formatPercent } from "@/components/insights/format";
import { SectionCard } from "@/components/insights/section-card";
import { Stat } from "@/components/insights/stat";
import { TrendChart } from "@/components/insights/trend-chart";
import type { Fun } from "@/lib/insights/measure-fun";

export function FunSection({ fun }: { fun: Fun }) {
  return (
    <SectionCard
      id="fun"
      title="Fun"
      description="Challenges and live shows over the last 12 weeks: who entered, voted, watched and joined the conversation."
    >
      <div className="grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-6">
        <Stat
          label="Took part"
          value={formatCount(fun.participants)}
          hint={`${formatPercent(fun.participation)} of people`}
        />
        <Stat label="Challenge entrants" value={formatCount(fun.challengeEntrants)} />
        <Stat label="Challenge voters" value={formatCount(fun.challengeVoters)} />
        <Stat label="Live-show viewers" value={formatCount(fun.liveAttendees)} />
        <Stat label="Live commenters" value={formatCount(fun.liveCommenters)} />
        <Stat label="Live comments" value={formatCount(fun.liveComments)} />
      </div>
      <TrendChart
        title="People taking part per week"
        weeks={fun.trend.map((week) => week.weekStart)}
        format={formatCount}
        isCount
        series={[
          { label: "Challenges", tone: "ember", values: fun.trend.map((week) => week.challengers) },
          { label: "Live shows", tone: "sky", values: fun.trend.map((week) => week.viewers) },
        ]}
      />
      {fun.shows.length > 0 && (
        <LinkedRowsTable
          caption="Live shows"
          headers={["Show", "RSVPs", "Watched", "Commenters", "Comments"]}
          tableClassName="min-w-[32rem]"
          rows={fun.shows.map((show) => ({
            key: show.slug,
            href: `/events/${show.slug}`,
            name: show.title,
            cells: [show.rsvps, show.attendees, show.commenters, show.comments].map((count) => ({
              value: formatCount(count),
            })),
          }))}
        />
      )}
    </SectionCard>
  );
}
