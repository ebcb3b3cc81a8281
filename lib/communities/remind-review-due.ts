import "server-only";
// Runs in server.ts's process (loaded after its server-only hook); the database client is passed in.
import type { Db } from "@/lib/db/client";
import { defineJob } from "@/lib/jobs/jobs";
import { createNotifications, publishNotifications } from "@/lib/notifications/notify";

const BATCH = 100;

/**
 * Asks the owners of every community whose purpose reached its review date to renew, widen or close it:
 * once per review date (reviewPromptedAt; a new date asks again). Claiming and notifying happen in one
 * transaction, and the claim skips rows another process holds, so nobody is asked twice.
 */
export async function remindCommunityReviews(
  db: Db,
  now = new Date(),
): Promise<{ communities: number; recipients: number }> {
  const { claimed, recipients } = await db.$transaction(async (tx) => {
    const claimed = await tx.$queryRaw<{ id: string }[]>`
      update "Community" set "reviewPromptedAt" = ${now}
      where id in (
        select id from "Community"
        where "purposeReviewAt" <= ${now} and "reviewPromptedAt" is null and "archivedAt" is null
        order by "purposeReviewAt", id
        limit ${BATCH}
        for update skip locked
      )
      returning id`;
    if (claimed.length === 0) return { claimed, recipients: [] };
    const owners = await tx.communityMember.findMany({
      where: { communityId: { in: claimed.map((row) => row.id) }, role: "OWNER" },
      select: { communityId: true, userId: true },
    });
    const recipients = await createNotifications(
      tx,
      owners.map((owner) => ({
        recipientId: owner.userId,
        type: "COMMUNITY_REVIEW_DUE" as const,
        actorId: null,
        communityId: owner.communityId,
        groupKey: `community-review:${owner.communityId}:${now.toISOString().slice(0, 10)}`,
      })),
    );
    return { claimed, recipients };
  });
  publishNotifications(recipients);
  return { communities: claimed.length, recipients: recipients.length };
}

/** Every hour, once across the cluster (lib/jobs). */
export const communityReviewRemindersJob = defineJob(
  "communities.remind-review-due",
  (_, { db }) => remindCommunityReviews(db),
  { everySeconds: 3600 },
);
