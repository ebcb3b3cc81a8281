import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createCommunity } from "@/lib/moderation/test-fixtures";
import { createUser } from "@/lib/test/factories";
import { seedInsights } from "./insights";
import { PEOPLE } from "./organisation";

async function seedOnce() {
  const ids = new Map<string, string>();
  for (const person of PEOPLE)
    ids.set(person.key, (await createUser({ role: person.role ?? "EMPLOYEE", name: `Seed ${person.key}` })).user.id);
  const members = [...ids.values()].slice(0, 3).map((userId) => ({ userId, role: "MEMBER" as const }));
  await createCommunity(members);
  await db.$transaction((tx) => seedInsights(tx, ids), { timeout: 180_000 });
  return ids;
}

describe("seedInsights", () => {
  it("[INSIGHTS] twelve weeks of visits and older activity, deterministic, with counts equal to rows", async () => {
    const first = await seedOnce();
    const second = await seedOnce();
    const visitsOf = async (ids: Map<string, string>) => {
      const rows = await db.userActivityDay.findMany({ where: { userId: { in: [...ids.values()] } } });
      const keyOf = new Map([...ids].map(([key, id]) => [id, key]));
      return rows.map((row) => `${keyOf.get(row.userId)}@${row.day.toISOString().slice(0, 10)}`).sort();
    };
    const [a, b] = [await visitsOf(first), await visitsOf(second)];
    expect(a).toEqual(b);
    const days = new Set(a.map((visit) => visit.split("@")[1]));
    expect(days.size).toBeGreaterThanOrEqual(70); // most of the 84 days have someone in
    expect(a.length).toBeGreaterThan(PEOPLE.length * 10);

    const posts = await db.post.findMany({
      where: { authorId: { in: [...first.values()] } },
      include: { _count: { select: { comments: true, prideTags: true } } },
    });
    expect(posts.length).toBeGreaterThanOrEqual(20);
    expect(posts.filter((post) => post.communityId !== null).length).toBeGreaterThanOrEqual(10);
    const questions = await db.question.findMany({
      where: { targetLeaderId: { in: [...first.values()] } },
      include: { _count: { select: { answers: true } } },
    });
    expect(questions.length).toBeGreaterThanOrEqual(10);
    expect(questions.every((question) => question.firstAnsweredAt && question._count.answers === 1)).toBe(true);
    for (const post of posts) expect(post.commentCount).toBe(post._count.comments);
    expect(posts.filter((post) => post.kind === "PRIDE").every((post) => post._count.prideTags > 0)).toBe(true);
    // Everyone who posted was there that day.
    for (const post of posts) {
      const day = new Date(`${post.createdAt.toISOString().slice(0, 10)}T00:00:00Z`);
      expect(await db.userActivityDay.count({ where: { userId: post.authorId, day } })).toBe(1);
    }
  });
});
