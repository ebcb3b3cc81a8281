import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import {
  commentsAfter,
  liveCommentSelect,
  streamOrder,
  toCommentView,
  type LiveCommentView,
} from "@/lib/live-shows/comment-view";
import { ZShowId } from "@/lib/live-shows/show-input";

/** A replay keeps the whole log; the live page asks for what came after the last comment it has. */
export const LIVE_COMMENTS_MAX = 500;

export const ZListLiveCommentsInput = z.object({
  showId: ZShowId,
  after: z.string().max(40).optional(),
  ids: z.array(z.string().max(40)).max(50).optional(),
});

/**
 * The show's comments in stream order: after a cursor (a comment id; the catch-up after a reconnect or a
 * "live.comment" event), or exactly the ones named (refetched after a highlight or a thank).
 */
export const listLiveComments = defineUseCase({
  input: ZListLiveCommentsInput,
  permission: "liveShows.read",
  run: async ({ input }): Promise<LiveCommentView[]> => {
    const show = await db.liveShow.findUnique({ where: { id: input.showId }, select: { id: true } });
    if (!show) throw new AppError("NOT_FOUND", "That show does not exist.");
    if (input.ids) {
      const rows = await db.liveComment.findMany({
        where: { showId: show.id, id: { in: input.ids }, removedAt: null },
        orderBy: streamOrder,
        select: liveCommentSelect,
      });
      return rows.map(toCommentView);
    }
    return commentsAfter(show.id, input.after, LIVE_COMMENTS_MAX);
  },
});
