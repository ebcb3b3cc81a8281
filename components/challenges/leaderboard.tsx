import { Trophy } from "lucide-react";
import type { ChallengeEntryView } from "@/lib/challenges/find-challenge";

/** The standings, only ever given entries whose counts the reader may see (findChallenge decides). */
export function Leaderboard({ entries, final }: { entries: ChallengeEntryView[]; final: boolean }) {
  const top = entries.filter((entry) => entry.voteCount !== null).slice(0, 5);
  if (top.length === 0) return null;
  return (
    <section
      aria-labelledby="leaderboard"
      data-testid="leaderboard"
      className="rounded-2xl bg-gradient-to-br from-amber-50 to-white p-4 shadow-sm ring-1 ring-amber-200 sm:p-5"
    >
      <h2 id="leaderboard" className="flex items-center gap-2 text-base font-semibold text-stone-900">
        <Trophy className="size-5 text-amber-700" aria-hidden="true" /> {final ? "Final results" : "Live leaderboard"}
      </h2>
      <ol className="mt-3 space-y-2">
        {top.map((entry, index) => (
          <li key={entry.id} className="flex items-center justify-between gap-3 text-sm">
            <span className="flex min-w-0 items-center gap-2">
              <span className="w-6 shrink-0 text-right font-semibold tabular-nums text-stone-600">
                {entry.rank ?? index + 1}.
              </span>
              <a href={`#entry-${entry.id}`} className="truncate font-medium text-stone-900 hover:underline">
                {entry.post.author.name}
              </a>
            </span>
            <span className="shrink-0 tabular-nums text-stone-700">
              {entry.voteCount === 1 ? "1 vote" : `${entry.voteCount} votes`}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
