import { describe, expect, it } from "vitest";
import { insertChallenge, insertEntry } from "@/lib/challenges/test-fixtures";
import { db } from "@/lib/db";
import { measureFun } from "@/lib/insights/measure-fun";
import { NOW, daysAgo, departmentWithPeople, leaderScope } from "@/lib/insights/test-fixtures";
import { createUser, randomKey } from "@/lib/test/factories";

describe("insights: fun", () => {
  it("[INSIGHTS] challenge and live-show participation, attendance and comments, exactly", async () => {
    const { department, leader, people } = await departmentWithPeople(9);
    const [a, b, c, d, e] = people.map((person) => person.user.id);
    const { user: outsider } = await createUser();
    const challenge = await insertChallenge(leader.user.id, "ended");
    const entry = await insertEntry(challenge.id, a!, { createdAt: daysAgo(20) });
    await insertEntry(challenge.id, outsider.id, { createdAt: daysAgo(20) });
    await db.challengeVote.create({
      data: { entryId: entry.id, challengeId: challenge.id, userId: b!, createdAt: daysAgo(3) },
    });
    const show = await db.liveShow.create({
      data: {
        slug: `show-${randomKey()}`,
        title: "Town hall",
        hostId: leader.user.id,
        startsAt: daysAgo(2),
        status: "ENDED",
      },
    });
    await db.liveAttendance.createMany({
      data: [b!, c!, d!, outsider.id].map((userId) => ({ showId: show.id, userId, firstSeenAt: daysAgo(2) })),
    });
    await db.liveShowRsvp.createMany({ data: [c!, e!].map((userId) => ({ showId: show.id, userId })) });
    const comment = (authorId: string) =>
      db.liveComment.create({ data: { showId: show.id, authorId, body: "Hi", bodyHtml: "Hi", createdAt: daysAgo(2) } });
    await comment(c!);
    await comment(c!);
    await comment(d!);
    await comment(outsider.id);

    const fun = await measureFun(leaderScope(leader.actor, department.id), NOW);
    expect(fun).toMatchObject({
      people: 10,
      challengeEntrants: 1,
      challengeVoters: 1,
      liveAttendees: 3,
      liveCommenters: 2,
      liveComments: 3,
      participants: 4, // a, b, c, d
      participation: 0.4,
    });
    expect(fun.shows).toContainEqual({
      slug: show.slug,
      title: "Town hall",
      startsAt: daysAgo(2).toISOString(),
      rsvps: 2,
      attendees: 3,
      commenters: 2,
      comments: 3,
    });
    expect(fun.trend.at(-1)).toMatchObject({ challengers: 1, viewers: 3 });
    expect(fun.trend.at(-3)).toMatchObject({ challengers: 1, viewers: 0 });
  });
});
