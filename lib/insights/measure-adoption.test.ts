import { describe, expect, it } from "vitest";
import { measureAdoption } from "@/lib/insights/measure-adoption";
import { NOW, daysAgo, departmentWithPeople, leaderScope, visited } from "@/lib/insights/test-fixtures";
import { commentOn } from "@/lib/moderation/test-fixtures";
import { createPost, createUser } from "@/lib/test/factories";
import { db } from "@/lib/db";

describe("insights: adoption", () => {
  it("[INSIGHTS] activated, DAU/WAU/MAU, interactive share and the weekly trend, exactly", async () => {
    // 1 leader + 7 people in one department; one of them in another location.
    const { department, leader, people } = await departmentWithPeople(7);
    await db.user.update({ where: { id: people[6]!.user.id }, data: { location: "Gent" } });
    const [a, b, c, d, e] = people.map((person) => person.user.id);
    await visited(leader.user.id, 0, 3, 40); // daily, weekly, monthly
    await visited(a!, 0); // daily
    await visited(b!, 5); // weekly
    await visited(c!, 20); // monthly
    await visited(d!, 50); // activated, not monthly
    await visited(e!, 12); // monthly
    // Interactions in the last 30 days: a posts, b comments, e reacts; c interacts 40 days ago (not counted).
    const post = await createPost(a!, { createdAt: daysAgo(1) });
    await commentOn(post.id, b!, { createdAt: daysAgo(5) });
    await db.reaction.create({ data: { postId: post.id, userId: e!, kind: "LIKE", createdAt: daysAgo(12) } });
    await createPost(c!, { createdAt: daysAgo(40) });
    // Someone outside the department does everything: never counted.
    const { user: outsider } = await createUser();
    await visited(outsider.id, 0, 1);
    await createPost(outsider.id, { createdAt: daysAgo(1) });

    const adoption = await measureAdoption(leaderScope(leader.actor, department.id), NOW);
    expect(adoption).toMatchObject({
      people: 8,
      activated: 6,
      daily: 2,
      weekly: 3,
      monthly: 5,
      interactive: 3,
      interactiveShare: 3 / 5,
    });
    expect(adoption.byDepartment).toEqual([
      { name: department.name, people: 8, monthlyActive: 5, interactiveShare: 3 / 5 },
    ]);
    // Gent has one person: no figure.
    expect(adoption.byLocation).toEqual([
      { name: "Gent", people: 1, monthlyActive: null, interactiveShare: null },
      { name: "Utrecht", people: 7, monthlyActive: 5, interactiveShare: 3 / 5 },
    ]);
    expect(adoption.trend).toHaveLength(12);
    expect(adoption.trend.at(-1)).toMatchObject({ weekStart: "2026-11-17", active: 3, interactive: 2 });
    expect(adoption.trend.at(-2)).toMatchObject({ active: 1, interactive: 1 }); // e on day 12, reacting
    expect(adoption.trend.at(-3)).toMatchObject({ active: 1, interactive: 0 }); // c on day 20
  });

  it("[INSIGHTS] a group of fewer than five people gets no figure at all", async () => {
    const { department, leader, people } = await departmentWithPeople(3);
    for (const person of people) await visited(person.user.id, 0);
    const adoption = await measureAdoption(leaderScope(leader.actor, department.id), NOW);
    expect(adoption.people).toBe(4);
    expect(adoption).toMatchObject({ activated: null, daily: null, monthly: null, interactiveShare: null });
    expect(adoption.trend.every((week) => week.active === null)).toBe(true);
  });
});
