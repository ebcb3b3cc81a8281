import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { renderMarkdown } from "@/lib/content/render-markdown";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { loadManagedShow } from "@/lib/live-shows/load-managed-show";
import { ZShowFields, ZShowId } from "@/lib/live-shows/show-input";
import { publishShowChanged } from "@/lib/live-shows/show-notifications";
import { requireEligibleHost, requireSensibleStart, requireThirdPartyStream } from "@/lib/live-shows/show-rules";
import { enforceWriteLimit } from "@/lib/rate-limit-guard";

export const ZUpdateShowInput = ZShowFields.extend({ showId: ZShowId });

/**
 * Edits a scheduled show (or fixes the details of a live one: its start has passed by then and is kept).
 * Ended and cancelled shows are history. The slug stays, so links keep working.
 */
export const updateShow = defineUseCase({
  input: ZUpdateShowInput,
  permission: "liveShows.schedule",
  run: async ({ actor, input, afterCommit }) => {
    await enforceWriteLimit("liveShow", actor.id);
    requireThirdPartyStream(input.streamUrl);
    const show = await db.$transaction(async (tx) => {
      const show = await loadManagedShow(tx, actor, input.showId);
      if (show.status !== "SCHEDULED" && show.status !== "LIVE")
        throw new AppError("BAD_INPUT", "This show is over, so it can no longer be edited.");
      const moved = show.status === "SCHEDULED" && show.startsAt.getTime() !== input.startsAt.getTime();
      if (moved) requireSensibleStart(input.startsAt);
      const hostId = await requireEligibleHost(tx, input.hostId);
      return tx.liveShow.update({
        where: { id: show.id },
        data: {
          title: input.title,
          description: input.description,
          descriptionHtml: input.description ? renderMarkdown(input.description) : "",
          hostId,
          startsAt: show.status === "SCHEDULED" ? input.startsAt : show.startsAt,
          durationMin: input.durationMin,
          streamUrl: input.streamUrl,
          // A moved show earns a new reminder.
          ...(moved ? { reminderSentAt: null } : {}),
        },
        select: { id: true, slug: true },
      });
    });
    afterCommit(() => publishShowChanged(show.id));
    return show;
  },
});

export type TUpdateShowInput = z.input<typeof ZUpdateShowInput>;
