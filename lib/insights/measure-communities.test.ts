import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { coldCauses, measureCommunities } from "@/lib/insights/measure-communities";
import { NOW, daysAgo, departmentWithPeople, leaderScope } from "@/lib/insights/test-fixtures";
import { createCommunity } from "@/lib/moderation/test-fixtures";
import { createPost, createUser } from "@/lib/test/factories";

describe("insights: communities", () => {
  it("[INSIGHTS] health index per community over the scope's members, cold list with causes, interest participation", async () => {
    const { department, leader, people } = await departmentWithPeople(6);
    const ids = people.map((person) => person.user.id);
    const { user: outsider } = await createUser();
    const member = (userId: string) => ({ userId, role: "MEMBER" as const });
    // Work community: all six people and an outsider. Interest community: five of them.
    const work = await createCommunity([...ids.map(member), member(outsider.id)]);
    await db.community.update({ where: { id: work.id }, data: { kind: "WORK" } });
    const fun = await createCommunity(ids.slice(0, 5).map(member)); // INTEREST, the default
    // Work: 2 active this month (a post, a focus vote), 2 more only earlier in the year; the outsider does not count.
    await createPost(ids[0]!, { communityId: work.id, createdAt: daysAgo(3) });
    const item = await db.focusItem.create({
      data: { communityId: work.id, authorId: ids[2]!, title: "Objection", createdAt: daysAgo(200) },
    });
    await db.focusVote.create({ data: { itemId: item.id, userId: ids[1]!, createdAt: daysAgo(10) } });
    await createPost(ids[3]!, { communityId: work.id, createdAt: daysAgo(100) });
    await createPost(outsider.id, { communityId: work.id, createdAt: daysAgo(1) });
    // Interest: one person posts this week; the community was marked cold by the check.
    await createPost(ids[4]!, { communityId: fun.id, createdAt: daysAgo(2) });
    await db.community.update({ where: { id: fun.id }, data: { coldSince: daysAgo(1) } });
    // A secret community the leader is not in: never named to them.
    const secret = await createCommunity(ids.map(member));
    await db.community.update({ where: { id: secret.id }, data: { visibility: "SECRET", kind: "WORK" } });

    const figures = await measureCommunities(leaderScope(leader.actor, department.id), NOW);
    const byId = new Map(figures.communities.map((row) => [row.slug, row]));
    expect(byId.get(work.slug)).toMatchObject({ members: 6, monthlyActive: 2, yearlyActive: 4, healthIndex: 0.5 });
    expect(byId.get(fun.slug)).toMatchObject({ members: 5, monthlyActive: 1, yearlyActive: 1, healthIndex: 1 });
    expect(byId.has(secret.slug)).toBe(false);
    expect(figures.cold).toEqual([
      {
        slug: fun.slug,
        name: fun.name,
        coldSince: daysAgo(1).toISOString(),
        owners: [],
        causes: coldCauses(0, 0, 1),
      },
    ]);
    expect(figures).toMatchObject({ people: 7, interestMembers: 5, interestActive: 1, interestShare: 1 / 7 });
    expect(figures.trend.at(-1)).toMatchObject({ workActive: 1, interestActive: 1 });
    expect(figures.trend.at(-2)).toMatchObject({ workActive: 1, interestActive: 0 });
  });

  it("[INSIGHTS] a community with fewer than five members in scope shows no figures", async () => {
    const { department, leader, people } = await departmentWithPeople(5);
    const small = await createCommunity(
      people.slice(0, 4).map((person) => ({ userId: person.user.id, role: "MEMBER" })),
    );
    await createPost(people[0]!.user.id, { communityId: small.id, createdAt: daysAgo(1) });
    const figures = await measureCommunities(leaderScope(leader.actor, department.id), NOW);
    expect(figures.communities.find((row) => row.slug === small.slug)).toMatchObject({
      members: 4,
      monthlyActive: null,
      healthIndex: null,
    });
  });
});
