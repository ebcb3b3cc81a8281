import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { loadManagedShow } from "@/lib/live-shows/load-managed-show";
import { ZShowId } from "@/lib/live-shows/show-input";
import { showEvents } from "@/lib/live-shows/show-notifications";
import { rooms } from "@/lib/realtime/events";

export const ZHighlightLiveCommentInput = z.object({ commentId: ZShowId, highlighted: z.boolean() });

/** The host (or whoever runs the show) puts a comment in the spotlight for everyone, or takes it out. */
export const highlightLiveComment = defineUseCase({
  input: ZHighlightLiveCommentInput,
  permission: "liveShows.comment",
  run: async ({ actor, input, afterCommit }) => {
    const comment = await db.$transaction(async (tx) => {
      const comment = await tx.liveComment.findFirst({
        where: { id: input.commentId, removedAt: null },
        select: { id: true, showId: true },
      });
      if (!comment) throw new AppError("NOT_FOUND", "That comment does not exist.");
      const show = await loadManagedShow(tx, actor, comment.showId);
      if (show.status !== "LIVE" && show.status !== "ENDED")
        throw new AppError("BAD_INPUT", "Comments can be highlighted during and after the show.");
      await tx.liveComment.update({
        where: { id: comment.id },
        data: { highlightedAt: input.highlighted ? new Date() : null },
      });
      return comment;
    });
    afterCommit.publish(rooms.show(comment.showId), { type: showEvents.commentUpdated, commentId: comment.id });
    return { highlighted: input.highlighted };
  },
});
