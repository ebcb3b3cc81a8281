import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { postAudienceRooms, postAudienceSelect, visiblePostWhere } from "@/lib/posts/visibility";
import { enforceWriteLimit } from "@/lib/rate-limit-guard";
import { ZId } from "@/lib/id";

export const ZSetPollVoteInput = z.object({
  optionId: ZId,
  active: z.boolean(),
});

/**
 * Votes for one option, or takes the vote back. On a single-choice poll a vote replaces the person's other one.
 * Race-safe: the poll row is locked for the transaction (votes on one poll queue up), the (option, person) key
 * refuses doubles, and the stored counts move with the rows. Closed polls refuse votes.
 */
export const setPollVote = defineUseCase({
  input: ZSetPollVoteInput,
  permission: "polls.vote",
  run: async ({ actor, input, afterCommit }) => {
    await enforceWriteLimit("vote", actor.id);
    const { postId, audience, changed } = await db.$transaction(async (tx) => {
      const option = await tx.pollOption.findFirst({
        where: { id: input.optionId, poll: { post: visiblePostWhere(actor) } },
        select: { id: true, pollId: true, poll: { select: { postId: true, post: { select: postAudienceSelect } } } },
      });
      if (!option) throw new AppError("NOT_FOUND", "That poll does not exist or was removed.");
      const [poll] = await tx.$queryRaw<{ multiple: boolean; isClosed: boolean }[]>`
        select multiple, ("closesAt" is not null and "closesAt" <= now()) as "isClosed"
        from "Poll" where id = ${option.pollId} for update`;
      if (!poll) throw new AppError("NOT_FOUND", "That poll does not exist or was removed.");
      if (poll.isClosed) throw new AppError("CONFLICT", "This poll is closed: votes are no longer counted.");

      const mine = await tx.pollVote.findMany({
        where: { pollId: option.pollId, userId: actor.id },
        select: { optionId: true },
      });
      const hadVoted = mine.length > 0;
      const already = mine.some((vote) => vote.optionId === option.id);
      if (input.active === already) return { postId: option.poll.postId, audience: option.poll.post, changed: false };

      const dropped =
        input.active && !poll.multiple ? mine.map((vote) => vote.optionId) : input.active ? [] : [option.id];
      if (dropped.length > 0) {
        await tx.pollVote.deleteMany({ where: { userId: actor.id, optionId: { in: dropped } } });
        await tx.pollOption.updateMany({ where: { id: { in: dropped } }, data: { voteCount: { decrement: 1 } } });
      }
      if (input.active) {
        await tx.pollVote.create({ data: { pollId: option.pollId, optionId: option.id, userId: actor.id } });
        await tx.pollOption.update({ where: { id: option.id }, data: { voteCount: { increment: 1 } } });
      }
      const votesLeft = mine.length - dropped.length + (input.active ? 1 : 0);
      if (hadVoted !== votesLeft > 0)
        await tx.poll.update({ where: { id: option.pollId }, data: { voterCount: { increment: hadVoted ? -1 : 1 } } });
      return { postId: option.poll.postId, audience: option.poll.post, changed: true };
    });
    if (changed) afterCommit.publish(postAudienceRooms(audience), { type: "poll.updated", postId });
    return { changed };
  },
});
