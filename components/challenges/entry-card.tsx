import { Trophy } from "lucide-react";
import { VoteButton } from "@/components/challenges/vote-button";
import { PostCard } from "@/components/feed/post-card";
import type { ChallengeEntryView } from "@/lib/challenges/find-challenge";

/** One entry: its post, and below it the vote button, the count (when it may be read) and the place (once closed). */
export function EntryCard({ entry, canVote }: { entry: ChallengeEntryView; canVote: boolean }) {
  return (
    <li id={`entry-${entry.id}`} data-testid="challenge-entry" className="scroll-mt-20 space-y-2">
      {entry.rank === 1 && (
        <p className="flex items-center gap-1.5 text-sm font-semibold text-amber-800">
          <Trophy className="size-4" aria-hidden="true" /> Winner
        </p>
      )}
      <PostCard post={entry.post} headingLevel={3} />
      <div className="flex flex-wrap items-center gap-3 px-1 text-sm text-stone-700">
        {entry.isMine ? (
          <span className="text-stone-600">Your entry</span>
        ) : (
          canVote && <VoteButton entryId={entry.id} voted={entry.hasMyVote} authorName={entry.post.author.name} />
        )}
        {!canVote && entry.hasMyVote && <span className="text-stone-600">You voted for this entry</span>}
        {entry.voteCount !== null && (
          <span data-testid="entry-votes" className="tabular-nums">
            {entry.voteCount === 1 ? "1 vote" : `${entry.voteCount} votes`}
            {entry.rank !== null && ` · place ${entry.rank}`}
          </span>
        )}
      </div>
    </li>
  );
}
