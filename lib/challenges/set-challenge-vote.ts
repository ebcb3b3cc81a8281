import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { isVotingOpen, votingClosedMessage } from "@/lib/challenges/challenge-phase";
import { challengeAudienceRooms, visibleChallengeWhere } from "@/lib/challenges/visibility";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { visiblePostWhere } from "@/lib/posts/visibility";
import { enforceWriteLimit } from "@/lib/rate-limit-guard";
import { ZId } from "@/lib/id";

export const ZSetChallengeVoteInput = z.object({
  entryId: ZId,
  voted: z.preprocess((value) => value === true || value === "true", z.boolean()),
});

/**
 * Gives or takes back a vote for one entry, within the voting window: one vote per entry, at most
 * votesPerPerson per challenge, never for one's own entry. A transaction-scoped lock per (challenge,
 * person) serialises one person's votes on a challenge, so parallel clicks on different entries cannot
 * pass the cap together; the primary key (entry, person) keeps one row per entry; the stored count moves
 * in the same transaction as the row. Returns what the voter may know: never the count.
 */
export const setChallengeVote = defineUseCase({
  input: ZSetChallengeVoteInput,
  permission: "challenges.vote",
  run: async ({ actor, input, afterCommit }) => {
    const entry = await db.challengeEntry.findFirst({
      where: { id: input.entryId, post: visiblePostWhere(actor), challenge: visibleChallengeWhere(actor) },
      select: {
        id: true,
        authorId: true,
        challenge: {
          select: {
            id: true,
            communityId: true,
            community: { select: { visibility: true } },
            votesPerPerson: true,
            submissionStartsAt: true,
            submissionEndsAt: true,
            votingStartsAt: true,
            votingEndsAt: true,
            closedAt: true,
            showVotesLive: true,
          },
        },
      },
    });
    if (!entry) throw new AppError("NOT_FOUND", "That entry does not exist.");
    const { challenge } = entry;
    if (!isVotingOpen(challenge)) throw new AppError("CONFLICT", votingClosedMessage(challenge));
    if (entry.authorId === actor.id) throw new AppError("FORBIDDEN", "You cannot vote for your own entry.");
    await enforceWriteLimit("vote", actor.id);

    const votesUsed = await db.$transaction(async (tx) => {
      await tx.$executeRaw`select pg_advisory_xact_lock(hashtext(${`challenge-vote:${challenge.id}:${actor.id}`}))`;
      const mine = await tx.challengeVote.findMany({
        where: { challengeId: challenge.id, userId: actor.id },
        select: { entryId: true },
      });
      const hasVote = mine.some((vote) => vote.entryId === entry.id);
      if (input.voted === hasVote) return mine.length; // already so: nothing to change
      if (input.voted) {
        if (mine.length >= challenge.votesPerPerson) {
          const votes = challenge.votesPerPerson === 1 ? "your vote" : `all ${challenge.votesPerPerson} of your votes`;
          throw new AppError(
            "CONFLICT",
            `You have used ${votes} in this challenge. Take one back to vote for this entry.`,
          );
        }
        await tx.challengeVote.create({ data: { entryId: entry.id, challengeId: challenge.id, userId: actor.id } });
        await tx.challengeEntry.update({ where: { id: entry.id }, data: { voteCount: { increment: 1 } } });
        return mine.length + 1;
      }
      await tx.challengeVote.delete({ where: { entryId_userId: { entryId: entry.id, userId: actor.id } } });
      await tx.challengeEntry.update({ where: { id: entry.id }, data: { voteCount: { decrement: 1 } } });
      return mine.length - 1;
    });

    afterCommit.publish(
      await challengeAudienceRooms(db, {
        communityId: challenge.communityId,
        communityVisibility: challenge.community?.visibility ?? null,
      }),
      { type: "challenge.updated", challengeId: challenge.id },
    );
    return { voted: input.voted, votesUsed, votesLeft: challenge.votesPerPerson - votesUsed };
  },
});
