import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { LIVE_REACTION_KINDS, ZShowId } from "@/lib/live-shows/show-input";
import { showEvents } from "@/lib/live-shows/show-notifications";
import { rooms } from "@/lib/realtime/events";
import { enforceWriteLimit } from "@/lib/rate-limit-guard";

export const ZSendLiveReactionInput = z.object({
  showId: ZShowId,
  kind: z.enum(LIVE_REACTION_KINDS, { error: "Choose a reaction" }),
});

/** A clap or a heart floating up beside the stream. Unlike post reactions these repeat, so each is a row. */
export const sendLiveReaction = defineUseCase({
  input: ZSendLiveReactionInput,
  permission: "liveShows.comment",
  run: async ({ actor, input, afterCommit }) => {
    await enforceWriteLimit("liveReaction", actor.id);
    const show = await db.liveShow.findUnique({ where: { id: input.showId }, select: { id: true, status: true } });
    if (!show) throw new AppError("NOT_FOUND", "That show does not exist.");
    if (show.status !== "LIVE") throw new AppError("BAD_INPUT", "Reactions are for shows that are live.");
    const reaction = await db.liveReaction.create({
      data: { showId: show.id, userId: actor.id, kind: input.kind },
      select: { id: true },
    });
    afterCommit.publish(rooms.show(show.id), { type: showEvents.reaction, reactionId: reaction.id });
    return reaction;
  },
});
