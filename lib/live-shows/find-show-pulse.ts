import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { LiveShowStatus } from "@/lib/generated/prisma/enums";
import { viewersOf } from "@/lib/live-shows/presence";
import { LIVE_REACTION_KINDS, ZShowId, type LiveReactionKind } from "@/lib/live-shows/show-input";

export type ShowPulse = {
  status: LiveShowStatus;
  viewers: number;
  commentCount: number;
  rsvpCount: number;
  reactions: Record<LiveReactionKind, number>;
};

/** The figures beside a live stream: viewers now (distinct people in the room), comments, reactions by kind. */
export const findShowPulse = defineUseCase({
  input: z.object({ showId: ZShowId }),
  permission: "liveShows.read",
  run: async ({ input }): Promise<ShowPulse> => {
    const [show, counts] = await Promise.all([
      db.liveShow.findUnique({
        where: { id: input.showId },
        select: { id: true, status: true, commentCount: true, rsvpCount: true },
      }),
      db.liveReaction.groupBy({ by: ["kind"], where: { showId: input.showId }, _count: { _all: true } }),
    ]);
    if (!show) throw new AppError("NOT_FOUND", "That show does not exist.");
    const reactions = Object.fromEntries(
      LIVE_REACTION_KINDS.map((kind) => [kind, counts.find((row) => row.kind === kind)?._count._all ?? 0]),
    ) as Record<LiveReactionKind, number>;
    return {
      status: show.status,
      viewers: viewersOf(show.id).length,
      commentCount: show.commentCount,
      rsvpCount: show.rsvpCount,
      reactions,
    };
  },
});
