import "server-only";
// Runs in server.ts's process (loaded after its server-only hook); the database client is passed in.
import { challengeAudienceRooms } from "@/lib/challenges/visibility";
import { renderMarkdown } from "@/lib/content/render-markdown";
import type { Db, Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { publish } from "@/lib/realtime/publish";
import { defineJob } from "@/lib/jobs/jobs";
import { createNotifications, publishNotifications } from "@/lib/notifications/notify";

const CLOSE_BATCH = 20;

type Closed = { challengeIds: string[]; postIds: string[]; rooms: string[]; winners: string[] };

/**
 * Closes every challenge whose voting has ended and announces its winners. Claiming (setting closedAt)
 * and announcing happen in one transaction, and the claim skips rows another process holds, so two
 * servers or two overlapping ticks never announce twice. `onlyId` closes one challenge (ending it early).
 */
export async function closeDueChallenges(db: Db, now = new Date(), onlyId?: string): Promise<{ closed: number }> {
  const result = await db.$transaction(
    async (tx): Promise<Closed> => {
      const claimed = await tx.$queryRaw<{ id: string }[]>`
      update "Challenge" set "closedAt" = ${now}
      where id in (
        select id from "Challenge"
        where "closedAt" is null and "votingEndsAt" <= ${now} ${onlyId ? Prisma.sql`and id = ${onlyId}` : Prisma.empty}
        order by "votingEndsAt", id
        limit ${CLOSE_BATCH}
        for update skip locked
      )
      returning id`;
      const closed: Closed = { challengeIds: [], postIds: [], rooms: [], winners: [] };
      for (const { id } of claimed) {
        const outcome = await announce(tx, id, now);
        closed.challengeIds.push(id);
        closed.rooms.push(...outcome.rooms);
        closed.winners.push(...outcome.winners);
        if (outcome.postId) closed.postIds.push(outcome.postId);
      }
      return closed;
    },
    { timeout: 60_000 },
  );
  const audience = [...new Set(result.rooms)];
  for (const challengeId of result.challengeIds) publish(audience, { type: "challenge.updated", challengeId });
  for (const postId of result.postIds) publish(audience, { type: "post.created", postId });
  publishNotifications([...new Set(result.winners)]);
  return { closed: result.challengeIds.length };
}

/**
 * Ranks the entries (ties share a place: 3, 3, 1 votes → ranks 1, 1, 3), and when someone received a vote, posts
 * a moment of pride by the challenge's creator tagging the winners, and tells each winner.
 */
async function announce(
  tx: Tx,
  challengeId: string,
  now: Date,
): Promise<{ rooms: string[]; winners: string[]; postId?: string }> {
  const challenge = await tx.challenge.findUniqueOrThrow({
    where: { id: challengeId },
    select: {
      id: true,
      slug: true,
      title: true,
      creatorId: true,
      communityId: true,
      community: { select: { visibility: true } },
    },
  });
  // Entries whose post was deleted or removed compete no more.
  const entries = await tx.challengeEntry.findMany({
    where: { challengeId, post: { deletedAt: null, removedAt: null, hiddenAt: null } },
    orderBy: [{ voteCount: "desc" }, { createdAt: "asc" }],
    select: { id: true, voteCount: true, author: { select: { id: true, handle: true, name: true } } },
  });
  for (const entry of entries) {
    const rank = 1 + entries.filter((other) => other.voteCount > entry.voteCount).length;
    await tx.challengeEntry.update({ where: { id: entry.id }, data: { rank } });
  }
  const audience = await challengeAudienceRooms(tx, {
    communityId: challenge.communityId,
    communityVisibility: challenge.community?.visibility ?? null,
  });
  const top = entries[0]?.voteCount ?? 0;
  const winners = top > 0 ? entries.filter((entry) => entry.voteCount === top) : [];
  if (winners.length === 0) return { rooms: audience, winners: [] };

  const names = winners.map((winner) => `@${winner.author.handle}`);
  const who = names.length === 1 ? names[0] : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
  const votes = `${top} ${top === 1 ? "vote" : "votes"}`;
  const body = `🏆 The **${challenge.title}** challenge is decided! Congratulations to ${who}, who won with ${votes}. Thank you to everyone who entered and voted: [see all the entries](/challenges/${challenge.slug}).`;
  const mentions = new Map(winners.map((winner) => [winner.author.handle, winner.author]));
  const post = await tx.post.create({
    data: {
      authorId: challenge.creatorId,
      kind: "PRIDE",
      communityId: challenge.communityId,
      body,
      bodyHtml: renderMarkdown(body, { mentions }),
      createdAt: now,
    },
    select: { id: true },
  });
  await tx.prideTag.createMany({
    data: winners.map((winner) => ({ postId: post.id, userId: winner.author.id })),
    skipDuplicates: true,
  });
  await tx.challenge.update({ where: { id: challenge.id }, data: { announcementPostId: post.id } });
  const notified = await createNotifications(
    tx,
    winners.map((winner) => ({
      recipientId: winner.author.id,
      type: "CHALLENGE_WON" as const,
      actorId: null,
      challengeId: challenge.id,
      postId: post.id,
      groupKey: `challenge-won:${challenge.id}`,
    })),
  );
  return { rooms: audience, winners: notified, postId: post.id };
}

/** Every minute, once across the cluster (lib/jobs). */
export const challengeCloserJob = defineJob("challenges.close-due", (_, { db }) => closeDueChallenges(db), {
  everySeconds: 60,
});
