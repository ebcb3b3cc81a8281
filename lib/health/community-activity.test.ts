import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { checkColdCommunities } from "@/lib/health/check-cold-communities";
import { coldNudge } from "@/lib/health/cold-nudge";
import { detectGoingCold, measureCommunityHealth } from "@/lib/health/community-activity";
import { findCommunityHealth } from "@/lib/health/find-community-health";
import { listColdCommunities } from "@/lib/health/list-cold-communities";
import { commentOn, communityWithPeople } from "@/lib/moderation/test-fixtures";
import { createPost, createUser } from "@/lib/test/factories";

const NOW = new Date("2026-11-23T12:00:00Z");
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000);

/** Posts by `authorId` in the three most recent weeks: `counts` is [three weeks ago, last week, this week]. */
async function activity(communityId: string, authorId: string, counts: [number, number, number]) {
  for (const [index, count] of counts.entries()) {
    const day = (2 - index) * 7 + 3; // mid-week of each window
    for (let n = 0; n < count; n++) await createPost(authorId, { communityId, createdAt: daysAgo(day) });
  }
}

describe("community health", () => {
  it("[HEALTH] detectGoingCold: two falls in a row without a steward's voice, and only then", () => {
    const week = (activity: number, stewardVoices = 0) => ({ posts: activity, comments: 0, stewardVoices });
    expect(detectGoingCold([week(9), week(5), week(2)])).toBe(true);
    expect(detectGoingCold([week(9), week(5), week(5)])).toBe(false); // fell once, then held
    expect(detectGoingCold([week(2), week(5), week(1)])).toBe(false); // rose, then fell
    expect(detectGoingCold([week(9), week(5, 1), week(2)])).toBe(false); // an owner spoke last week
    expect(detectGoingCold([week(9), week(5), week(2, 1)])).toBe(false); // or this week
    expect(detectGoingCold([week(9, 4), week(5), week(2)])).toBe(true); // earlier voices do not count
    expect(detectGoingCold([week(5), week(2)])).toBe(false);
  });

  it("[HEALTH] weekly numbers: posts, comments, active people, owner/moderator and leader replies, first reply, top-3 share", async () => {
    const { community, owner, member } = await communityWithPeople();
    const { user: leader } = await createUser({ role: "LEADER" });
    const { user: other } = await createUser();
    const post = await createPost(member.user.id, { communityId: community.id, createdAt: daysAgo(3) });
    await commentOn(post.id, member.user.id, { createdAt: new Date(daysAgo(3).getTime() + 5 * 60_000) }); // the author's own: not a reply
    await commentOn(post.id, owner.user.id, { createdAt: new Date(daysAgo(3).getTime() + 30 * 60_000) });
    await commentOn(post.id, leader.id, { createdAt: new Date(daysAgo(3).getTime() + 90 * 60_000) });
    const second = await createPost(other.id, { communityId: community.id, createdAt: daysAgo(10) });
    await commentOn(second.id, member.user.id, { createdAt: new Date(daysAgo(10).getTime() + 10 * 60_000) });
    await createPost(other.id, { communityId: community.id, createdAt: daysAgo(4), removedAt: daysAgo(1) }); // removed: not counted
    await createPost(other.id, { communityId: community.id, createdAt: daysAgo(70) }); // older than 8 weeks

    const health = await measureCommunityHealth(db, community.id, NOW);
    expect(health.weeks).toHaveLength(8);
    expect(health.weeks.at(-1)).toMatchObject({
      posts: 1,
      comments: 3,
      activeMembers: 3,
      stewardReplies: 1,
      leaderReplies: 1,
      stewardVoices: 2,
    });
    expect(health.weeks.at(-2)).toMatchObject({
      posts: 1,
      comments: 1,
      activeMembers: 2,
      stewardReplies: 0,
      leaderReplies: 0,
    });
    expect(health.weeks.slice(0, 6).every((week) => week.posts + week.comments === 0)).toBe(true);
    expect(health.medianFirstReplyMinutes).toBe(20); // median of 30 and 10
    // member 3 (1 post + 2 comments), other 1, owner 1, leader 1: the top three carry 5 of 6.
    expect(health.topThreeShare).toBeCloseTo(5 / 6);
    expect(health.isGoingCold).toBe(false);
  });

  it("[HEALTH] the check marks a falling, untended community cold once, notifies its owner with a nudge, and clears it when it warms up", async () => {
    const { community, owner, member } = await communityWithPeople();
    await activity(community.id, member.user.id, [6, 3, 1]);

    const first = await checkColdCommunities(db, NOW);
    expect(first.cold).toContain(community.id);
    expect(
      await db.community.findUniqueOrThrow({
        where: { id: community.id },
        select: { coldSince: true, coldNotifiedAt: true },
      }),
    ).toEqual({ coldSince: NOW, coldNotifiedAt: NOW });
    const notified = await db.notification.findMany({
      where: { communityId: community.id },
      select: { recipientId: true, type: true, detail: true },
    });
    expect(notified).toEqual([
      {
        recipientId: owner.user.id,
        type: "COMMUNITY_GOING_COLD",
        detail: expect.stringContaining(`Thank the last person who posted (${member.user.name})`),
      },
    ]);

    // A second run (or a second server) does not notify again.
    const second = await checkColdCommunities(db, NOW);
    expect(second.cold).not.toContain(community.id);
    expect(await db.notification.count({ where: { communityId: community.id } })).toBe(1);

    const { actor: admin } = await createUser({ role: "ADMIN" });
    expect((await listColdCommunities(admin, {})).map((row) => row.id)).toContain(community.id);
    await expect(listColdCommunities(owner.actor, {})).rejects.toMatchObject({ code: "FORBIDDEN" });

    // The owner replies this week: it is no longer cold.
    const post = await createPost(member.user.id, { communityId: community.id, createdAt: daysAgo(1) });
    await commentOn(post.id, owner.user.id, { createdAt: daysAgo(1) });
    const third = await checkColdCommunities(db, NOW);
    expect(third.warmed).toContain(community.id);
    expect(await db.community.findUniqueOrThrow({ where: { id: community.id }, select: { coldSince: true } })).toEqual({
      coldSince: null,
    });
  });

  it("[HEALTH] steady or tended communities are not marked cold", async () => {
    const steady = await communityWithPeople();
    await activity(steady.community.id, steady.member.user.id, [3, 3, 3]);
    const tended = await communityWithPeople();
    await activity(tended.community.id, tended.member.user.id, [6, 3, 1]);
    await createPost(tended.moderator.user.id, { communityId: tended.community.id, createdAt: daysAgo(9) });
    const result = await checkColdCommunities(db, NOW);
    expect(result.cold).not.toContain(steady.community.id);
    expect(result.cold).not.toContain(tended.community.id);
  });

  it("[HEALTH] the health page is for owners and admins; moderators and members find nothing", async () => {
    const { community, owner, moderator, member } = await communityWithPeople();
    const { actor: admin } = await createUser({ role: "ADMIN" });
    await expect(findCommunityHealth(owner.actor, { slug: community.slug })).resolves.toMatchObject({
      community: { id: community.id },
    });
    await expect(findCommunityHealth(admin, { slug: community.slug })).resolves.toMatchObject({
      health: { weeks: expect.any(Array) },
    });
    for (const refused of [moderator.actor, member.actor]) {
      await expect(findCommunityHealth(refused, { slug: community.slug })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
  });

  it("[HEALTH] the nudge names what to do", () => {
    expect(coldNudge([])).toContain("Ask a question of the week");
    expect(coldNudge(["Ann", "Ben", "Cas"])).toContain("Thank the last 3 people who posted (Ann, Ben and Cas)");
  });
});
