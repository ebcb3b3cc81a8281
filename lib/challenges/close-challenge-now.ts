import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { isClosed } from "@/lib/challenges/challenge-phase";
import { canCloseChallenge } from "@/lib/challenges/challenge-view";
import { closeDueChallenges } from "@/lib/challenges/close-challenges";
import { visibleChallengeWhere } from "@/lib/challenges/visibility";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { ZId } from "@/lib/id";

/**
 * The creator (or an admin) ends voting now: the windows are cut short to this moment and the winners are
 * announced at once, through the same idempotent close as the periodic check.
 */
export const closeChallengeNow = defineUseCase({
  input: z.object({ challengeId: ZId }),
  permission: "challenges.read",
  run: async ({ actor, input }) => {
    const challenge = await db.challenge.findFirst({
      where: { AND: [{ id: input.challengeId }, visibleChallengeWhere(actor)] },
      select: {
        id: true,
        creatorId: true,
        submissionStartsAt: true,
        submissionEndsAt: true,
        votingStartsAt: true,
        votingEndsAt: true,
        closedAt: true,
        showVotesLive: true,
      },
    });
    if (!challenge) throw new AppError("NOT_FOUND", "That challenge does not exist.");
    if (!canCloseChallenge(actor, challenge.creatorId))
      throw new AppError("FORBIDDEN", "Only the challenge's creator or an admin can end it.");
    const now = new Date();
    if (challenge.closedAt) throw new AppError("CONFLICT", "This challenge has already closed.");
    if (now < challenge.votingStartsAt)
      throw new AppError("CONFLICT", "Voting has not opened yet, so there is nothing to close.");
    if (!isClosed(challenge, now)) {
      await db.challenge.updateMany({
        where: { id: challenge.id, closedAt: null },
        data: { votingEndsAt: now, ...(challenge.submissionEndsAt > now && { submissionEndsAt: now }) },
      });
    }
    await closeDueChallenges(db, now, challenge.id);
    return { id: challenge.id };
  },
});
