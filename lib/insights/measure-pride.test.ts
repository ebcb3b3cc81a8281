import { describe, expect, it } from "vitest";
import { insertChallenge, insertEntry } from "@/lib/challenges/test-fixtures";
import { db } from "@/lib/db";
import { measurePride } from "@/lib/insights/measure-pride";
import { NOW, daysAgo, departmentWithPeople, leaderScope } from "@/lib/insights/test-fixtures";
import { commentOn } from "@/lib/moderation/test-fixtures";
import { createPost } from "@/lib/test/factories";

describe("insights: pride", () => {
  it("[INSIGHTS] recognition coverage in 7 and 30 days, by department, location and role, exactly", async () => {
    // 1 leader + 9 people: five in Utrecht (with the leader: six), four in Gent.
    const { department, leader, people } = await departmentWithPeople(9);
    const ids = people.map((person) => person.user.id);
    for (const id of ids.slice(5)) await db.user.update({ where: { id }, data: { location: "Gent" } });
    const [a, b, c, d, e, f] = ids;

    // a and b credited in a moment of pride 2 days ago; c 20 days ago; a removed moment credits d (not counted).
    const moment = await createPost(leader.user.id, { kind: "PRIDE", createdAt: daysAgo(2) });
    await db.prideTag.createMany({ data: [a!, b!].map((userId) => ({ postId: moment.id, userId })) });
    const older = await createPost(leader.user.id, { kind: "PRIDE", createdAt: daysAgo(20) });
    await db.prideTag.create({ data: { postId: older.id, userId: c! } });
    const removed = await createPost(leader.user.id, { kind: "PRIDE", createdAt: daysAgo(2), removedAt: daysAgo(1) });
    await db.prideTag.create({ data: { postId: removed.id, userId: d! } });
    // e's comment thanked by a leader 4 days ago; f won a challenge closed 10 days ago.
    const post = await createPost(a!, { createdAt: daysAgo(5) });
    const comment = await commentOn(post.id, e!, { createdAt: daysAgo(5) });
    await db.appreciation.create({ data: { leaderId: leader.user.id, commentId: comment.id, createdAt: daysAgo(4) } });
    const challenge = await insertChallenge(leader.user.id, "ended", { closedAt: daysAgo(10) });
    await insertEntry(challenge.id, f!, { rank: 1, voteCount: 3 });
    await insertEntry(challenge.id, d!, { rank: 2, voteCount: 1 }); // second place: not a win

    const pride = await measurePride(leaderScope(leader.actor, department.id), NOW);
    expect(pride).toMatchObject({ people: 10, recognised7: 3, recognised30: 5, coverage7: 0.3, coverage30: 0.5 });
    expect(pride.byLocation).toEqual([
      { name: "Gent", people: 4, coverage30: null }, // fewer than five
      { name: "Utrecht", people: 6, coverage30: 4 / 6 }, // a, b, c, e
    ]);
    expect(pride.byRole).toEqual([
      { name: "Employee", people: 9, coverage30: 5 / 9 },
      { name: "Leader", people: 1, coverage30: null },
    ]);
    expect(pride.byDepartment).toEqual([{ name: department.name, people: 10, coverage30: 0.5 }]);
    expect(pride.trend.at(-1)).toMatchObject({ recognised: 3, coverage: 0.3 });
    expect(pride.trend.at(-2)).toMatchObject({ recognised: 1 }); // f, 10 days ago
  });
});
