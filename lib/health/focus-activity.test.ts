import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { checkColdCommunities } from "@/lib/health/check-cold-communities";
import { measureCommunityHealth } from "@/lib/health/community-activity";
import { communityWithPeople } from "@/lib/moderation/test-fixtures";
import { createPost } from "@/lib/test/factories";

const NOW = new Date("2026-11-23T12:00:00Z");
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000);
const later = (date: Date, minutes: number) => new Date(date.getTime() + minutes * 60_000);

async function postsFalling(communityId: string, authorId: string) {
  for (const [weeksAgo, count] of [
    [2, 6],
    [1, 3],
    [0, 1],
  ] as const)
    for (let n = 0; n < count; n++) await createPost(authorId, { communityId, createdAt: daysAgo(weeksAgo * 7 + 3) });
}

describe("community health counts the focus board", () => {
  it("[HEALTH] focus items, answers, votes and acceptances are activity; an owner's answer is a reply", async () => {
    const { community, owner, member } = await communityWithPeople();
    const asked = daysAgo(3);
    const item = await db.focusItem.create({
      data: { communityId: community.id, authorId: member.user.id, title: "Too expensive", createdAt: asked },
    });
    await db.focusVote.create({ data: { itemId: item.id, userId: owner.user.id, createdAt: later(asked, 10) } });
    const answer = await db.focusAnswer.create({
      data: { itemId: item.id, authorId: owner.user.id, body: "b", bodyHtml: "b", createdAt: later(asked, 40) },
    });
    await db.focusItem.update({
      where: { id: item.id },
      data: { acceptedAnswerId: answer.id, acceptedAt: later(asked, 60) },
    });
    await db.focusAnswer.create({
      data: { itemId: item.id, authorId: member.user.id, body: "own", bodyHtml: "own", createdAt: later(asked, 5) },
    });

    const health = await measureCommunityHealth(db, community.id, NOW);
    expect(health.weeks.at(-1)).toMatchObject({
      posts: 0,
      comments: 0,
      focusActions: 5, // 1 item, 1 vote, 2 answers, 1 acceptance
      activeMembers: 2,
      stewardReplies: 1,
      stewardVoices: 3, // the owner's vote, answer and acceptance
    });
    expect(health.medianFirstReplyMinutes).toBe(40); // the author's own answer is not a reply
  });

  it("[HEALTH] a purpose community whose board is busy is never flagged cold, even when its posts fall", async () => {
    const { community, member } = await communityWithPeople();
    await postsFalling(community.id, member.user.id);
    const item = await db.focusItem.create({
      data: { communityId: community.id, authorId: member.user.id, title: "Objection", createdAt: daysAgo(20) },
    });
    for (let n = 0; n < 8; n++)
      await db.focusAnswer.create({
        data: { itemId: item.id, authorId: member.user.id, body: "a", bodyHtml: "a", createdAt: daysAgo(2) },
      });

    const result = await checkColdCommunities(db, NOW);
    expect(result.cold).not.toContain(community.id);
  });
});
