import "server-only";
// Runs in server.ts's process (loaded after its server-only hook); the database client is passed in.
import type { Db } from "@/lib/db/client";
import { coldNudge } from "@/lib/health/cold-nudge";
import { findGoingCold } from "@/lib/health/going-cold";
import { defineJob } from "@/lib/jobs/jobs";
import { createNotifications, publishNotifications } from "@/lib/notifications/notify";
import { createNudges } from "@/lib/nudges/create-nudges";
import { NUDGE_TEXT } from "@/lib/nudges/nudge-text";
import { shownContentWhere } from "@/lib/posts/visibility";

export const COLD_CHECK_BATCH = 500;

/**
 * Marks communities going cold (activity fell two weeks running with no owner, moderator or leader voice)
 * and tells their owners once per cold spell; clears the mark when the community warms up again. The measurement is
 * one aggregated statement for all communities (lib/health/going-cold.ts); marking and notifying are one conditional
 * update plus inserts in a transaction per newly cold community, so overlapping or retried runs notify once.
 */
export async function checkColdCommunities(db: Db, now = new Date()): Promise<{ cold: string[]; warmed: string[] }> {
  const states = await findGoingCold(db, now, COLD_CHECK_BATCH);
  const cold: string[] = [];
  for (const community of states) {
    if (!community.goingCold || community.coldSince) continue;
    const recipients = await markCold(db, community.id, now);
    if (recipients) {
      cold.push(community.id);
      publishNotifications(recipients);
    }
  }
  const warming = states.filter((community) => !community.goingCold && community.coldSince).map((c) => c.id);
  const warmed =
    warming.length === 0
      ? []
      : await db.$queryRaw<{ id: string }[]>`
          update "Community" set "coldSince" = null, "coldNotifiedAt" = null
          where id = any(${warming}) and "coldSince" is not null
          returning id`;
  return { cold, warmed: warmed.map((row) => row.id).sort() };
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
      tx.communityMember.findMany({
        where: { communityId, role: "OWNER" },
        select: { userId: true, community: { select: { slug: true, name: true } } },
      }),
      tx.post.findMany({
        where: { communityId, ...shownContentWhere },
        orderBy: { createdAt: "desc" },
        take: 10,
        select: { authorId: true, author: { select: { name: true } } },
      }),
    ]);
    const lastPosters = [...new Map(lastPosts.map((post) => [post.authorId, post.author.name])).values()].slice(0, 3);
    const detail = coldNudge(lastPosters);
    // The same step as a nudge card (its notification is the one below): one nudge model for every nudge.
    await createNudges(
      tx,
      owners.map((owner) => ({
        recipientId: owner.userId,
        kind: "COMMUNITY_COLD" as const,
        subjectKey: communityId,
        text: `${owner.community.name} is going cold. ${detail}`,
        actionLabel: NUDGE_TEXT.coldAction,
        href: `/communities/${owner.community.slug}`,
      })),
      { now, notify: false },
    );
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
