import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createUser } from "@/lib/test/factories";
import { COMPANY_VALUES, PEOPLE } from "./organisation";
import { seedPride } from "./pride";

describe("seedPride", () => {
  it("[PRIDE] the demo moments, thank-yous and polls are consistent: stored counts equal rows, one poll open and one closed", async () => {
    for (const value of COMPANY_VALUES)
      await db.companyValue.upsert({ where: { slug: value.slug }, create: value, update: {} });
    const ids = new Map<string, string>();
    for (const person of PEOPLE)
      ids.set(person.key, (await createUser({ role: person.role ?? "EMPLOYEE", name: `Seed ${person.key}` })).user.id);
    await db.$transaction((tx) => seedPride(tx, ids), { timeout: 180_000 });

    const authors = { authorId: { in: [...ids.values()] } };
    const moments = await db.post.findMany({
      where: { ...authors, kind: "PRIDE" },
      include: { _count: { select: { prideTags: true, values: true, reactions: true, comments: true } } },
    });
    expect(moments.length).toBeGreaterThanOrEqual(6);
    for (const moment of moments) {
      expect(moment._count.prideTags).toBeGreaterThan(0);
      expect(moment.reactionCount).toBe(moment._count.reactions);
      expect(moment.commentCount).toBe(moment._count.comments);
    }
    const week = moments.filter((moment) => moment.createdAt.getTime() > Date.now() - 7 * 86_400_000);
    expect(week.length).toBeGreaterThanOrEqual(3);
    expect(
      await db.notification.count({
        where: { type: "PRIDE_TAGGED", postId: { in: moments.map((moment) => moment.id) } },
      }),
    ).toBe(moments.reduce((sum, moment) => sum + moment._count.prideTags, 0));

    const thanks = await db.appreciation.findMany({ where: { leaderId: ids.get("maria") } });
    expect(thanks.some((thank) => thank.postId)).toBe(true);
    expect(thanks.some((thank) => thank.commentId)).toBe(true);

    const polls = await db.poll.findMany({
      where: { post: authors },
      include: { options: { include: { _count: { select: { votes: true } } } }, votes: true },
    });
    expect(polls.map((poll) => (poll.closesAt! < new Date() ? "closed" : "open")).sort()).toEqual(["closed", "open"]);
    for (const poll of polls) {
      expect(poll.voterCount).toBe(new Set(poll.votes.map((vote) => vote.userId)).size);
      for (const option of poll.options) expect(option.voteCount).toBe(option._count.votes);
    }
  });
});
