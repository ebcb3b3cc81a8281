"use client";

import clsx from "clsx";
import { Check, Lock, Vote } from "lucide-react";
import { setPollVoteAction } from "@/app/(app)/pride/actions";
import { RelativeTime } from "@/components/ui/relative-time";
import { useServerAction } from "@/components/ui/use-server-action";
import type { PollView as Poll } from "@/lib/polls/poll-view";

function votersText(voters: { name: string }[]) {
  const names = voters.map((voter) => voter.name.split(" ")[0]);
  return names.length <= 3 ? names.join(", ") : `${names.slice(0, 3).join(", ")} and ${names.length - 3} more`;
}

/**
 * A post's poll: vote by pressing an option (press again to take it back; on single choice another option replaces it).
 * Counts show once results are visible (see PollView); voters only on public polls. Live updates come from the post.
 * A refused vote shows the refusal here and leaves the choices as they were.
 */
export function PollCard({ poll, onChanged }: { poll: Poll; onChanged: () => void }) {
  const { run, pending, error } = useServerAction(setPollVoteAction, { onSuccess: () => onChanged() });
  const total = poll.options.reduce((sum, option) => sum + (option.count ?? 0), 0);

  function vote(optionId: string) {
    run(optionId, !poll.myVotes.includes(optionId));
  }

  const meta = [poll.multiple ? "Choose any" : "Choose one", poll.isPublic ? "Votes are public" : "Anonymous"];
  return (
    <section
      aria-label={`Poll: ${poll.question}`}
      data-testid="poll"
      className="mt-3 rounded-xl bg-stone-50 p-3 ring-1 ring-stone-200 sm:p-4"
    >
      <h3 className="flex items-start gap-2 font-semibold text-stone-900">
        <Vote className="mt-0.5 size-4 shrink-0 text-ember-700" aria-hidden="true" /> {poll.question}
      </h3>
      <p className="mt-0.5 text-xs text-stone-600">
        {meta.join(" · ")} ·{" "}
        {poll.isClosed ? (
          <span className="inline-flex items-center gap-1 font-medium text-stone-700">
            <Lock className="size-3" aria-hidden="true" /> Closed
          </span>
        ) : poll.closesAt ? (
          <>
            Closes <RelativeTime iso={poll.closesAt} />
          </>
        ) : (
          "Open"
        )}
      </p>
      <ul className="mt-3 space-y-2">
        {poll.options.map((option) => {
          const mine = poll.myVotes.includes(option.id);
          const share = option.count !== null && total > 0 ? Math.round((option.count / total) * 100) : 0;
          const label = (
            <>
              {option.count !== null && (
                <span
                  aria-hidden="true"
                  className={clsx("absolute inset-y-0 left-0 rounded-lg", mine ? "bg-ember-200/80" : "bg-stone-200/80")}
                  style={{ width: `${share}%` }}
                />
              )}
              <span className="relative flex items-center gap-2">
                <span
                  className={clsx(
                    "flex size-4 shrink-0 items-center justify-center border",
                    poll.multiple ? "rounded" : "rounded-full",
                    mine ? "border-ember-700 bg-ember-700 text-white" : "border-stone-400 bg-white",
                  )}
                >
                  {mine && <Check className="size-3" aria-hidden="true" />}
                </span>
                <span className="min-w-0 flex-1 break-words">{option.label}</span>
                {option.count !== null && (
                  <span className="shrink-0 tabular-nums text-stone-700">
                    {share}% <span className="text-xs text-stone-700">({option.count})</span>
                  </span>
                )}
              </span>
            </>
          );
          return (
            <li key={option.id}>
              {poll.canVote ? (
                <button
                  type="button"
                  aria-pressed={mine}
                  disabled={pending}
                  onClick={() => vote(option.id)}
                  className={clsx(
                    "relative block w-full overflow-hidden rounded-lg bg-white px-3 py-2 text-left text-sm ring-1 hover:ring-ember-400",
                    mine ? "ring-ember-600" : "ring-stone-300",
                  )}
                >
                  {label}
                </button>
              ) : (
                <div
                  className={clsx(
                    "relative overflow-hidden rounded-lg bg-white px-3 py-2 text-sm ring-1",
                    mine ? "ring-ember-600" : "ring-stone-200",
                  )}
                >
                  {label}
                </div>
              )}
              {option.voters && option.voters.length > 0 && (
                <p className="mt-0.5 px-1 text-xs text-stone-600">{votersText(option.voters)}</p>
              )}
            </li>
          );
        })}
      </ul>
      {error && (
        <p role="alert" className="mt-2 text-sm text-red-700">
          {error}
        </p>
      )}
      <p className="mt-2 text-xs text-stone-600" aria-live="polite">
        {poll.voterCount} {poll.voterCount === 1 ? "person" : "people"} voted
        {!poll.resultsVisible && " · results show once you vote"}
        {poll.canVote && poll.myVotes.length > 0 && " · press your choice again to take it back"}
      </p>
    </section>
  );
}
