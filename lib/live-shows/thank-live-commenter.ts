import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { plainTextExcerpt } from "@/lib/content/extract";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { canThankInShow } from "@/lib/live-shows/access";
import { ZShowId } from "@/lib/live-shows/show-input";
import { publishShowChanged, showEvents, showGroupKey } from "@/lib/live-shows/show-notifications";
import { createNotifications, publishNotifications } from "@/lib/notifications/notify";
import { rooms } from "@/lib/realtime/events";

export const ZThankLiveCommenterInput = z.object({ commentId: ZShowId });

/**
 * The host thanks a commenter for what they said, on air: an Appreciation of the comment (one per
 * thanker per comment, held by the unique key, so a double click thanks once) and an APPRECIATED
 * notification to the commenter quoting their words. Everyone in the room sees "Thanked by <host>".
 */
export const thankLiveCommenter = defineUseCase({
  input: ZThankLiveCommenterInput,
  permission: "appreciation.give",
  run: async ({ actor, input, afterCommit }) => {
    const result = await db.$transaction(async (tx) => {
      const comment = await tx.liveComment.findFirst({
        where: { id: input.commentId, removedAt: null },
        select: {
          id: true,
          body: true,
          authorId: true,
          show: { select: { id: true, hostId: true, createdById: true, status: true } },
        },
      });
      if (!comment) throw new AppError("NOT_FOUND", "That comment does not exist.");
      if (!canThankInShow(actor, comment.show))
        throw new AppError("FORBIDDEN", "Only the host thanks commenters during a show.");
      if (comment.show.status !== "LIVE" && comment.show.status !== "ENDED")
        throw new AppError("BAD_INPUT", "Commenters can be thanked during and after the show.");
      if (comment.authorId === actor.id) throw new AppError("BAD_INPUT", "You cannot thank yourself.");
      const { count } = await tx.appreciation.createMany({
        data: [{ leaderId: actor.id, liveCommentId: comment.id }],
        skipDuplicates: true,
      });
      if (count === 0) return { comment, changed: false, recipients: [] };
      const recipients = await createNotifications(tx, [
        {
          recipientId: comment.authorId,
          type: "APPRECIATED",
          actorId: actor.id,
          liveShowId: comment.show.id,
          detail: plainTextExcerpt(comment.body, 160),
          groupKey: showGroupKey.thanked(comment.id),
        },
      ]);
      return { comment, changed: true, recipients };
    });
    if (result.changed) {
      afterCommit.publish(rooms.show(result.comment.show.id), {
        type: showEvents.commentUpdated,
        commentId: result.comment.id,
      });
      afterCommit(() => publishShowChanged(result.comment.show.id));
      afterCommit(() => publishNotifications(result.recipients));
    }
    return { changed: result.changed };
  },
});
