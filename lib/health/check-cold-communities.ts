import "server-only";
// Runs in server.ts's process (loaded after its server-only hook); the database client is passed in.
import type { Db } from "@/lib/db/client";
import { coldNudge } from "@/lib/health/cold-nudge";
import { measureCommunityHealth } from "@/lib/health/community-activity";
import { runPeriodically } from "@/lib/jobs/run-periodically";
import { createNotifications, publishNotifications } from "@/lib/notifications/notify";
import { createNudges } from "@/lib/nudges/create-nudges";
import { NUDGE_TEXT } from "@/lib/nudges/nudge-text";
import { shownContentWhere } from "@/lib/posts/visibility";

const CHECK_EVERY_MS = 60 * 60_000;
const FIRST_CHECK_AFTER_MS = 45_000;
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

/** Checks hourly, and once 45 seconds after start. Returns a function that stops it. */
export function startColdCommunityChecks(db: Db): () => void {
  return runPeriodically("cold community check", { everyMs: CHECK_EVERY_MS, firstAfterMs: FIRST_CHECK_AFTER_MS }, () =>
    checkColdCommunities(db),
  );
}
