import "server-only";
import { defineUseCase } from "@/lib/auth/use-case";
import { renderMarkdown } from "@/lib/content/render-markdown";
import { db } from "@/lib/db";
import { ZShowFields } from "@/lib/live-shows/show-input";
import { publishShowChanged, showGroupKey } from "@/lib/live-shows/show-notifications";
import { createNotifications, publishNotifications } from "@/lib/notifications/notify";
import {
  requireEligibleHost,
  requireSensibleStart,
  requireThirdPartyStream,
  slugForShow,
} from "@/lib/live-shows/show-rules";
import { enforceWriteLimit } from "@/lib/rate-limit-guard";

export const ZScheduleShowInput = ZShowFields;

/**
 * A leader or admin schedules a live show, hosted by themselves or another leader or admin. Notifying
 * everyone of every show would be noise: only the host's followers hear of it (LIVE_SHOW_SCHEDULED),
 * plus the host when someone else scheduled it for them. Everyone else finds it on /events.
 */
export const scheduleShow = defineUseCase({
  input: ZScheduleShowInput,
  permission: "liveShows.schedule",
  run: async ({ actor, input, afterCommit }) => {
    await enforceWriteLimit("liveShow", actor.id);
    requireSensibleStart(input.startsAt);
    requireThirdPartyStream(input.streamUrl);
    const { show, recipients } = await db.$transaction(async (tx) => {
      const hostId = await requireEligibleHost(tx, input.hostId);
      const show = await tx.liveShow.create({
        data: {
          slug: slugForShow(input.title),
          title: input.title,
          description: input.description,
          descriptionHtml: input.description ? renderMarkdown(input.description) : "",
          hostId,
          createdById: actor.id,
          startsAt: input.startsAt,
          durationMin: input.durationMin,
          streamUrl: input.streamUrl,
        },
        select: { id: true, slug: true },
      });
      const followers = await tx.follow.findMany({
        where: { followeeId: hostId, follower: { deactivatedAt: null } },
        select: { followerId: true },
      });
      const recipients = await createNotifications(
        tx,
        [hostId, ...followers.map((row) => row.followerId)].map((recipientId) => ({
          recipientId,
          type: "LIVE_SHOW_SCHEDULED" as const,
          actorId: actor.id,
          liveShowId: show.id,
          groupKey: showGroupKey.scheduled(show.id),
        })),
      );
      return { show, recipients };
    });
    afterCommit(() => publishShowChanged(show.id));
    afterCommit(() => publishNotifications(recipients));
    return show;
  },
});
