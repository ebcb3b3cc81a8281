import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { measureCommunityHealth } from "@/lib/health/community-activity";
import { findGoingCold } from "@/lib/health/going-cold";
import { commentOn, communityWithPeople } from "@/lib/moderation/test-fixtures";
import { createPost, createUser } from "@/lib/test/factories";

const NOW = new Date("2026-10-05T09:30:00Z");
const DAY = 86_400_000;
const at = (daysAgo: number) => new Date(NOW.getTime() - daysAgo * DAY);

/** A small seeded generator (mulberry32): the same fixed data on every run. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe("going cold, in one statement", () => {
  it("[HEALTH] findGoingCold agrees with the per-community measurement on fixed data, week edges and hidden content included", async () => {
    const next = random(17);
    const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)]!;
    const { user: leader } = await createUser({ role: "LEADER" });
    const ids: string[] = [];
    for (let n = 0; n < 24; n++) {
      const { community, owner, moderator, member } = await communityWithPeople();
      const { user: outsider } = await createUser();
      ids.push(community.id);
      const quiet = [member.user.id, outsider.id];
      const tending = [owner.user.id, moderator.user.id, leader.id];
      // Half fall by design ([6, 3, 1] by ordinary members), the rest at random; everyone may add noise.
      const weeks = n % 2 === 0 ? [6, 3, 1] : [0, 1, 2].map(() => Math.floor(next() * 5));
      // Days ago inside each of the last three weeks, exact week edges among them (21, 14 and 7 days ago belong
      // to the later week), plus older activity that must not count.
      const daysIn = (week: number) => pick([21 - 7 * week, 20.5 - 7 * week, 17 - 7 * week, 14.0001 - 7 * week]);
      const posts: string[] = [];
      for (const [week, count] of weeks.entries())
        for (let k = 0; k < count; k++)
          posts.push((await createPost(pick(quiet), { communityId: community.id, createdAt: at(daysIn(week)) })).id);
      const old = await createPost(member.user.id, { communityId: community.id, createdAt: at(30) });
      posts.push(old.id);
      for (let k = 0; k < 4; k++) {
        const week = Math.floor(next() * 3);
        const who = next() < 0.2 ? pick(tending) : pick(quiet);
        const when = at(daysIn(week));
        switch (Math.floor(next() * 8)) {
          case 0:
            await commentOn(pick(posts), who, { createdAt: when });
            break;
          case 1: // a comment that was removed, and one on a hidden post: neither counts
            await db.comment.create({
              data: { postId: pick(posts), authorId: who, body: "x", bodyHtml: "x", createdAt: when, removedAt: NOW },
            });
            await commentOn(
              (await createPost(who, { communityId: community.id, createdAt: at(40), hiddenAt: at(1) })).id,
              who,
              { createdAt: when },
            );
            break;
          case 2:
            await createPost(who, { communityId: community.id, createdAt: when, deletedAt: NOW });
            break;
          case 3: {
            const item = await db.focusItem.create({
              data: { communityId: community.id, authorId: who, title: "Idea", createdAt: when },
            });
            await db.focusVote.create({ data: { itemId: item.id, userId: pick(quiet), createdAt: when } });
            break;
          }
          case 4: {
            const item = await db.focusItem.create({
              data: { communityId: community.id, authorId: pick(quiet), title: "Old idea", createdAt: at(50) },
            });
            await db.focusAnswer.create({
              data: { itemId: item.id, authorId: who, body: "a", bodyHtml: "a", createdAt: when },
            });
            if (next() < 0.5) await db.focusItem.update({ where: { id: item.id }, data: { acceptedAt: when } });
            break;
          }
          case 5: // on a removed item: not counted
            await db.focusItem.create({
              data: { communityId: community.id, authorId: who, title: "Gone", createdAt: when, removedAt: NOW },
            });
            break;
          default:
            await createPost(who, { communityId: community.id, createdAt: when });
        }
      }
    }

    const states = new Map((await findGoingCold(db, NOW, 1_000_000)).map((state) => [state.id, state]));
    const expected: boolean[] = [];
    for (const id of ids) expected.push((await measureCommunityHealth(db, id, NOW)).isGoingCold);
    expect(ids.map((id) => states.get(id)?.goingCold)).toEqual(expected);
    // The data exercises both answers.
    expect(expected.filter(Boolean).length).toBeGreaterThanOrEqual(4);
    expect(expected.filter((cold) => !cold).length).toBeGreaterThanOrEqual(4);
  });
});
