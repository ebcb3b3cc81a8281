import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { isSubmissionOpen, isVotingOpen } from "@/lib/challenges/challenge-phase";
import { challengeSummarySelect, toChallengeSummary, type ChallengeSummary } from "@/lib/challenges/challenge-view";
import { visibleChallengeWhere } from "@/lib/challenges/visibility";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { loadPostViews, type PostView } from "@/lib/posts/post-view";

const MAX_ENTRIES = 200;

export type ChallengeEntryView = {
  id: string;
  post: PostView;
  isMine: boolean;
  hasMyVote: boolean;
  /** null while results are hidden: never sent, not merely not shown. */
  voteCount: number | null;
  rank: number | null;
};

export type ChallengeDetail = {
  challenge: ChallengeSummary & { isSubmissionOpen: boolean; isVotingOpen: boolean };
  entries: ChallengeEntryView[];
  myVotesUsed: number;
  hasEntered: boolean;
};

/**
 * A challenge with its entries as the actor may see them. While results are hidden the entries come
 * oldest first and carry no count, so neither a number nor an order gives the standings away.
 */
export const findChallenge = defineUseCase({
  input: z.object({ slug: z.string().min(1).max(80) }),
  permission: "challenges.read",
  run: async ({ actor, input }): Promise<ChallengeDetail> => {
    const row = await db.challenge.findFirst({
      where: { AND: [{ slug: input.slug }, visibleChallengeWhere(actor)] },
      select: challengeSummarySelect,
    });
    if (!row) throw new AppError("NOT_FOUND", "That challenge does not exist.");
    const now = new Date();
    const challenge = toChallengeSummary(actor, row, now);
    const [entries, myVotes] = await Promise.all([
      db.challengeEntry.findMany({
        where: { challengeId: row.id },
        orderBy: challenge.resultsVisible
          ? [{ voteCount: "desc" }, { createdAt: "asc" }, { id: "asc" }]
          : [{ createdAt: "asc" }, { id: "asc" }],
        take: MAX_ENTRIES,
        select: { id: true, postId: true, authorId: true, voteCount: true, rank: true },
      }),
      db.challengeVote.findMany({ where: { challengeId: row.id, userId: actor.id }, select: { entryId: true } }),
    ]);
    // Entries whose post the actor may not see (deleted, removed) are left out with it.
    const posts = new Map(
      (
        await loadPostViews(
          actor,
          entries.map((entry) => entry.postId),
        )
      ).map((post) => [post.id, post]),
    );
    const voted = new Set(myVotes.map((vote) => vote.entryId));
    return {
      challenge: { ...challenge, isSubmissionOpen: isSubmissionOpen(row, now), isVotingOpen: isVotingOpen(row, now) },
      entries: entries.flatMap((entry) => {
        const post = posts.get(entry.postId);
        if (!post) return [];
        return [
          {
            id: entry.id,
            post,
            isMine: entry.authorId === actor.id,
            hasMyVote: voted.has(entry.id),
            voteCount: challenge.resultsVisible ? entry.voteCount : null,
            rank: challenge.announced ? entry.rank : null,
          },
        ];
      }),
      myVotesUsed: myVotes.length,
      hasEntered: entries.some((entry) => entry.authorId === actor.id),
    };
  },
});
