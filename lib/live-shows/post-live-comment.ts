import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { renderMarkdown } from "@/lib/content/render-markdown";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { ZLiveCommentBody, ZShowId } from "@/lib/live-shows/show-input";
import { showEvents } from "@/lib/live-shows/show-notifications";
import { rooms } from "@/lib/realtime/events";
import { enforceWriteLimit } from "@/lib/rate-limit-guard";

export const ZPostLiveCommentInput = z.object({ showId: ZShowId, body: ZLiveCommentBody });

/**
 * A comment in the stream beside a live show. Only while the show is LIVE: before it, questions (upvoted,
 * answered on air) are the way to take part; after it, the log is the record of what was said.
 * Rendered and sanitised at write time; viewers fetch it by cursor when "live.comment" reaches the room.
 */
export const postLiveComment = defineUseCase({
  input: ZPostLiveCommentInput,
  permission: "liveShows.comment",
  run: async ({ actor, input, afterCommit }) => {
    await enforceWriteLimit("liveComment", actor.id);
    const comment = await db.$transaction(async (tx) => {
      const [show] = await tx.$queryRaw<
        { id: string; status: string }[]
      >`select id, status::text from "LiveShow" where id = ${input.showId} for key share`;
      if (!show) throw new AppError("NOT_FOUND", "That show does not exist.");
      if (show.status !== "LIVE") {
        throw new AppError(
          "BAD_INPUT",
          show.status === "SCHEDULED"
            ? "Comments open when the show goes live. Ask a question for the host until then."
            : "This show is over, so comments are closed.",
        );
      }
      const comment = await tx.liveComment.create({
        data: { showId: show.id, authorId: actor.id, body: input.body, bodyHtml: renderMarkdown(input.body) },
        select: { id: true },
      });
      await tx.liveShow.update({ where: { id: show.id }, data: { commentCount: { increment: 1 } } });
      return comment;
    });
    afterCommit.publish(rooms.show(input.showId), { type: showEvents.comment, commentId: comment.id });
    return comment;
  },
});
