import { weekActivityTotal, type WeekActivity } from "@/lib/health/week-activity";
import { formatDate } from "@/lib/format/dates";

// Weeks start at midnight UTC: read them in UTC so a week keeps its own date.
const weekLabel = (iso: string) => formatDate(iso, "dayMonth", { timeZone: "UTC" });

/**
 * Posts and comments per week as CSS bars. The bars are decoration for sighted readers; the table below
 * carries the same numbers (and more) for everyone.
 */
export function ActivityChart({ weeks }: { weeks: WeekActivity[] }) {
  const max = Math.max(1, ...weeks.map(weekActivityTotal));
  return (
    <figure>
      <div aria-hidden="true" className="flex h-44 items-end gap-1.5 sm:gap-3">
        {weeks.map((week, index) => {
          const total = weekActivityTotal(week);
          return (
            <div key={week.weekStart} className="flex h-full min-w-0 flex-1 flex-col items-center justify-end gap-1">
              <span className="text-xs font-medium text-stone-700">{total}</span>
              <div
                className="flex w-full flex-col justify-end overflow-hidden rounded-t-md"
                style={{ height: `${(total / max) * 100}%` }}
              >
                <div className="bg-stone-300" style={{ flexGrow: week.focusActions }} />
                <div className="bg-ember-200" style={{ flexGrow: week.comments }} />
                <div className="bg-ember-700" style={{ flexGrow: week.posts }} />
              </div>
              <span className="truncate text-[11px] text-stone-600">
                {index === weeks.length - 1 ? "This wk" : weekLabel(week.weekStart)}
              </span>
            </div>
          );
        })}
      </div>
      <figcaption className="mt-3 flex flex-wrap gap-4 text-xs text-stone-600">
        <span className="inline-flex items-center gap-1.5">
          <span className="size-3 rounded-sm bg-ember-700" aria-hidden="true" /> Posts
        </span>
        <span className="inline-flex items-center gap-1.5">
          <span className="size-3 rounded-sm bg-ember-200" aria-hidden="true" /> Comments
        </span>
        <span className="inline-flex items-center gap-1.5">
          <span className="size-3 rounded-sm bg-stone-300" aria-hidden="true" /> Focus board
        </span>
        <span>Rolling 7-day weeks; the last bar is the past 7 days.</span>
      </figcaption>
    </figure>
  );
}

export function ActivityTable({ weeks }: { weeks: WeekActivity[] }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[36rem] text-left text-sm">
        <caption className="sr-only">Weekly activity, oldest week first</caption>
        <thead className="text-xs uppercase tracking-wide text-stone-600">
          <tr>
            <th scope="col" className="py-2 pr-3 font-semibold">
              Week from
            </th>
            <th scope="col" className="px-3 py-2 text-right font-semibold">
              Posts
            </th>
            <th scope="col" className="px-3 py-2 text-right font-semibold">
              Comments
            </th>
            <th scope="col" className="px-3 py-2 text-right font-semibold">
              Focus board
            </th>
            <th scope="col" className="px-3 py-2 text-right font-semibold">
              Active people
            </th>
            <th scope="col" className="px-3 py-2 text-right font-semibold">
              Owner/mod replies
            </th>
            <th scope="col" className="py-2 pl-3 text-right font-semibold">
              Leader replies
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-200 tabular-nums">
          {weeks.map((week) => (
            <tr key={week.weekStart}>
              <th scope="row" className="py-2 pr-3 font-medium text-stone-800">
                {weekLabel(week.weekStart)}
              </th>
              <td className="px-3 py-2 text-right">{week.posts}</td>
              <td className="px-3 py-2 text-right">{week.comments}</td>
              <td className="px-3 py-2 text-right">{week.focusActions}</td>
              <td className="px-3 py-2 text-right">{week.activeMembers}</td>
              <td className="px-3 py-2 text-right">{week.stewardReplies}</td>
              <td className="py-2 pl-3 text-right">{week.leaderReplies}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
