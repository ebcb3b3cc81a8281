import Link from "next/link";
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
        <div className="overflow-x-auto">
          <table className="w-full min-w-[32rem] text-left text-sm">
            <caption className="mb-1 text-left text-sm font-medium text-stone-800">Live shows</caption>
            <thead className="text-xs uppercase tracking-wide text-stone-600">
              <tr>
                {["Show", "RSVPs", "Watched", "Commenters", "Comments"].map((label, index) => (
                  <th key={label} scope="col" className={index === 0 ? "py-1 pr-3" : "px-3 py-1 text-right"}>
                    {label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-100 tabular-nums">
              {fun.shows.map((show) => (
                <tr key={show.slug}>
                  <th scope="row" className="py-1.5 pr-3 font-medium">
                    <Link href={`/events/${show.slug}`} className="text-stone-900 hover:underline">
                      {show.title}
                    </Link>
                  </th>
                  <td className="px-3 py-1.5 text-right">{formatCount(show.rsvps)}</td>
                  <td className="px-3 py-1.5 text-right">{formatCount(show.attendees)}</td>
                  <td className="px-3 py-1.5 text-right">{formatCount(show.commenters)}</td>
                  <td className="px-3 py-1.5 text-right">{formatCount(show.comments)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </SectionCard>
  );
}
