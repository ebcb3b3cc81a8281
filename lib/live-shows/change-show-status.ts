import "server-only";
import { z } from "zod";
import { defineUseCase, type AfterCommit } from "@/lib/auth/use-case";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { LiveShowStatus } from "@/lib/generated/prisma/enums";
import { loadManagedShow } from "@/lib/live-shows/load-managed-show";
import { ZShowId } from "@/lib/live-shows/show-input";
import { publishShowChanged, showGroupKey } from "@/lib/live-shows/show-notifications";
import { createNotifications, publishNotifications } from "@/lib/notifications/notify";
import { recordAttendance } from "@/lib/live-shows/show-room";
import { enforceWriteLimit } from "@/lib/rate-limit-guard";

const ZInput = z.object({ showId: ZShowId });

// Each move has one legal starting status; the update is conditional on it, so two hosts pressing
// "Go live" at once make one transition (and one round of notifications).
const MOVES = {
  live: { from: "SCHEDULED", to: "LIVE", refused: "Only a scheduled show can go live." },
  end: { from: "LIVE", to: "ENDED", refused: "Only a live show can be ended." },
  cancel: { from: "SCHEDULED", to: "CANCELLED", refused: "Only a show that has not started can be cancelled." },
} as const satisfies Record<string, { from: LiveShowStatus; to: LiveShowStatus; refused: string }>;

async function move(
  actor: Parameters<typeof loadManagedShow>[1],
  afterCommit: AfterCommit,
  showId: string,
  kind: keyof typeof MOVES,
) {
  await enforceWriteLimit("liveShow", actor.id);
  const { from, to, refused } = MOVES[kind];
  const now = new Date();
  const { show, recipients } = await db.$transaction(async (tx) => {
    const show = await loadManagedShow(tx, actor, showId);
    const { count } = await tx.liveShow.updateMany({
      where: { id: show.id, status: from },
      data: { status: to, ...(kind === "live" ? { startedAt: now } : kind === "end" ? { endedAt: now } : {}) },
    });
    if (count === 0) throw new AppError("CONFLICT", refused);
    if (kind !== "live") return { show, recipients: [] };
    const rsvps = await tx.liveShowRsvp.findMany({ where: { showId: show.id }, select: { userId: true } });
    const recipients = await createNotifications(
      tx,
      rsvps.map((rsvp) => ({
        recipientId: rsvp.userId,
        type: "LIVE_SHOW_STARTED" as const,
        actorId: actor.id,
        liveShowId: show.id,
        groupKey: showGroupKey.started(show.id),
      })),
    );
    return { show, recipients };
  });
  afterCommit(() => publishShowChanged(show.id));
  afterCommit(() => publishNotifications(recipients));
  // People already waiting on the page count as attending from the moment it goes live.
  if (kind === "live") await recordAttendance(db, show.id, now);
  return { id: show.id, slug: show.slug, status: to };
}

/** The host presses "Go live": the show is LIVE from now, and everyone who RSVP'd hears (LIVE_SHOW_STARTED). */
export const goLive = defineUseCase({
  input: ZInput,
  permission: "liveShows.schedule",
  run: ({ actor, input, afterCommit }) => move(actor, afterCommit, input.showId, "live"),
});

/** "End show": the comment stream closes and the page becomes the replay. */
export const endShow = defineUseCase({
  input: ZInput,
  permission: "liveShows.schedule",
  run: ({ actor, input, afterCommit }) => move(actor, afterCommit, input.showId, "end"),
});

/** Calls a scheduled show off; it stays listed as cancelled so people who RSVP'd understand. */
export const cancelShow = defineUseCase({
  input: ZInput,
  permission: "liveShows.schedule",
  run: ({ actor, input, afterCommit }) => move(actor, afterCommit, input.showId, "cancel"),
});
