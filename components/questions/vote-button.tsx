"use client";

import clsx from "clsx";
import { ChevronUp } from "lucide-react";
import { useState } from "react";
import { setQuestionVoteAction } from "@/app/(app)/ask/actions";
import { useServerAction } from "@/components/ui/use-server-action";

/**
 * The upvote toggle: optimistic, then corrected by the server's answer and by live refetches (the parent
 * re-keys it when the stored count changes). Askers see their count but cannot vote on their own question.
 */
export function VoteButton({
  questionId,
  voteCount,
  hasVoted,
  canVote,
  isMine,
  onChanged,
  size = "md",
}: {
  questionId: string;
  voteCount: number;
  hasVoted: boolean;
  canVote: boolean;
  isMine: boolean;
  onChanged?: () => void;
  size?: "md" | "lg";
}) {
  const [optimistic, setOptimistic] = useState<{ voted: boolean; count: number } | null>(null);
  const { run, pending, error } = useServerAction(setQuestionVoteAction, {
    onSuccess: () => onChanged?.(),
    onError: () => setOptimistic(null),
  });
  const voted = optimistic?.voted ?? hasVoted;
  const count = optimistic?.count ?? voteCount;

  function toggle() {
    const next = !voted;
    setOptimistic({ voted: next, count: Math.max(0, count + (next ? 1 : -1)) });
    run(questionId, next);
  }

  const reason = isMine ? "You cannot upvote your own question" : canVote ? undefined : "This question takes no votes";
  // Taking a vote back stays possible even when no new votes are taken.
  const disabled = pending || (!canVote && !voted);
  return (
    <div className="flex flex-col items-center">
      <button
        type="button"
        aria-pressed={voted}
        aria-label={`Upvote (${count} ${count === 1 ? "vote" : "votes"})`}
        title={reason ?? (voted ? "Take your vote back" : "Upvote this question")}
        disabled={disabled}
        onClick={toggle}
        className={clsx(
          "flex flex-col items-center justify-center rounded-xl font-semibold tabular-nums ring-1 transition-colors disabled:cursor-not-allowed",
          size === "lg" ? "h-16 w-14 text-lg" : "h-14 w-12 text-base",
          voted
            ? "bg-ember-700 text-white ring-ember-700 hover:bg-ember-800"
            : "bg-white text-stone-800 ring-stone-300 hover:bg-ember-50 disabled:bg-stone-50 disabled:text-stone-500",
        )}
      >
        <ChevronUp className="size-5" aria-hidden="true" />
        <span data-testid="vote-count">{count}</span>
      </button>
      {error && (
        <p role="alert" className="mt-1 max-w-32 text-center text-xs text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
