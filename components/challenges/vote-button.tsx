"use client";

import clsx from "clsx";
import { Heart } from "lucide-react";
import { useRouter } from "next/navigation";
import { setChallengeVoteAction } from "@/app/(app)/challenges/actions";
import { useServerAction } from "@/components/ui/use-server-action";

/** Gives or takes back a vote; the server decides (window, cap, own entry) and says why when it refuses. */
export function VoteButton({ entryId, voted, authorName }: { entryId: string; voted: boolean; authorName: string }) {
  const router = useRouter();
  const { run, pending, error } = useServerAction(setChallengeVoteAction, { onSuccess: () => router.refresh() });
  return (
    <div className="flex flex-wrap items-center gap-2">
      <button
        type="button"
        aria-pressed={voted}
        aria-label={voted ? `Take back your vote for ${authorName}'s entry` : `Vote for ${authorName}'s entry`}
        disabled={pending}
        onClick={() => run(entryId, !voted)}
        className={clsx(
          "inline-flex items-center gap-1.5 rounded-full px-3 py-1.5 text-sm font-medium ring-1 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ember-600 disabled:opacity-60",
          voted
            ? "bg-ember-700 text-white ring-ember-700 hover:bg-ember-800"
            : "bg-white text-stone-800 ring-stone-300 hover:bg-stone-50",
        )}
      >
        <Heart className={clsx("size-4", voted && "fill-current")} aria-hidden="true" />
        {voted ? "Voted" : "Vote"}
      </button>
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
