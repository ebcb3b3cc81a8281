import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { ZShowId } from "@/lib/live-shows/show-input";
import { publishShowChanged } from "@/lib/live-shows/show-notifications";
import { enforceWriteLimit } from "@/lib/rate-limit-guard";

export const ZSetRsvpInput = z.object({ showId: ZShowId, going: z.boolean() });

/**
 * RSVPs to a show or takes it back. Race-safe like votes: the (show, user) key decides, and rsvpCount
 * moves only by the rows really inserted or deleted, in the same transaction. RSVPs open until the show
 * ends (joining a show that is already live still says "I am here").
 */
export const setRsvp = defineUseCase({
  input: ZSetRsvpInput,
  permission: "liveShows.rsvp",
  run: async ({ actor, input, afterCommit }) => {
    await enforceWriteLimit("rsvp", actor.id);
    const result = await db.$transaction(async (tx) => {
      // A key-share row lock: RSVPs on one show queue here instead of racing the status check.
      const [show] = await tx.$queryRaw<
        { id: string; status: string }[]
      >`select id, status::text from "LiveShow" where id = ${input.showId} for key share`;
      if (!show) throw new AppError("NOT_FOUND", "That show does not exist.");
      if (input.going && (show.status === "ENDED" || show.status === "CANCELLED")) {
        throw new AppError("BAD_INPUT", show.status === "ENDED" ? "This show is over." : "This show was cancelled.");
      }
      const key = { showId: show.id, userId: actor.id };
      const { count } = input.going
        ? await tx.liveShowRsvp.createMany({ data: [key], skipDuplicates: true })
        : await tx.liveShowRsvp.deleteMany({ where: key });
      const updated =
        count === 0
          ? await tx.liveShow.findUniqueOrThrow({ where: { id: show.id }, select: { rsvpCount: true } })
          : await tx.liveShow.update({
              where: { id: show.id },
              data: { rsvpCount: { increment: input.going ? count : -count } },
              select: { rsvpCount: true },
            });
      return { changed: count > 0, rsvpCount: updated.rsvpCount };
    });
    if (result.changed) afterCommit(() => publishShowChanged(input.showId));
    return { going: input.going, ...result };
  },
});
