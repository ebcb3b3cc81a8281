import "server-only";
// Runs in server.ts's process (loaded after its server-only hook); the database client is passed in.
import type { Db } from "@/lib/db/client";
import { coldNudge } from "@/lib/health/cold-nudge";
import { measureCommunityHealth } from "@/lib/health/community-activity";
import { defineJob } from "@/lib/jobs/jobs";
import { createNotifications, publishNotifications } from "@/lib/notifications/notify";
import { shownContentWhere } from "@/lib/posts/visibility";

export const COLD_CHECK_BATCH = 500;

/**
 * Marks communities going cold (activity fell two weeks running with no owner, moderator or leader voice)
 * and tells their owners once per cold spell; clears the mark when the community warms up again. Marking
 * and notifying are one conditional update plus inserts in a transaction, so overlapping runs notify once.
 */
export async function checkColdCommunities(db: Db, now = new Date()): Promise<{ cold: string[]; warmed: string[] }> {
  const communities = await db.community.findMany({
    where: { archivedAt: null },
    orderBy: { id: "asc" },
    take: COLD_CHECK_BATCH,
    select: { id: true, coldSince: true },
  });
  const cold: string[] = [];
  const warmed: string[] = [];
  for (const community of communities) {
    const { isGoingCold } = await measureCommunityHealth(db, community.id, now);
    if (isGoingCold && !community.coldSince) {
      const recipients = await markCold(db, community.id, now);
      if (recipients) {
        cold.push(community.id);
        publishNotifications(recipients);
      }
    } else if (!isGoingCold && community.coldSince) {
      const { count } = await db.community.updateMany({
        where: { id: community.id, coldSince: { not: null } },
        data: { coldSince: null, coldNotifiedAt: null },
      });
      if (count > 0) warmed.push(community.id);
    }
  }
  return { cold, warmed };
}

/** Claims the cold mark and notifies the owners; null when another run got there first. */
async function markCold(db: Db, communityId: string, now: Date): Promise<string[] | null> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.community.updateMany({
      where: { id: communityId, coldSince: null },
      data: { coldSince: now, coldNotifiedAt: now },
    });
    if (count === 0) return null;
    const [owners, lastPosts] = await Promise.all([
      tx.communityMember.findMany({ where: { communityId, role: "OWNER" }, select: { userId: true } }),
      tx.post.findMany({
        where: { communityId, ...shownContentWhere },
        orderBy: { createdAt: "desc" },
        take: 10,
        select: { authorId: true, author: { select: { name: true } } },
      }),
    ]);
    const lastPosters = [...new Map(lastPosts.map((post) => [post.authorId, post.author.name])).values()].slice(0, 3);
    const detail = coldNudge(lastPosters);
    return createNotifications(
      tx,
      owners.map((owner) => ({
        recipientId: owner.userId,
        type: "COMMUNITY_GOING_COLD" as const,
        actorId: null,
        communityId,
        detail,
        groupKey: `cold:${communityId}:${now.toISOString()}`,
      })),
    );
  });
}

/** Every hour, once across the cluster (lib/jobs). */
export const coldCommunityJob = defineJob("health.check-cold-communities", (_, { db }) => checkColdCommunities(db), {
  everySeconds: 3600,
});
