import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { findPersonPride } from "@/lib/pride/find-person-pride";
import { findPrideHighlights } from "@/lib/pride/find-pride-highlights";
import { findPrideWall } from "@/lib/pride/find-pride-wall";
import { createValue } from "@/lib/pride/pride-fixtures";
import { createDepartment, createPost, createUser } from "@/lib/test/factories";

const DAY = 86_400_000;

/** A moment written straight to the database, tagging `tagged`, with `values`, `daysAgo` old. */
async function moment(
  authorId: string,
  tagged: string[],
  options: { values?: string[]; daysAgo?: number; hidden?: boolean } = {},
) {
  const post = await createPost(authorId, {
    kind: "PRIDE",
    createdAt: new Date(Date.now() - (options.daysAgo ?? 0) * DAY),
    ...(options.hidden && { removedAt: new Date() }),
  });
  await db.prideTag.createMany({ data: tagged.map((userId) => ({ postId: post.id, userId })) });
  await db.postValue.createMany({ data: (options.values ?? []).map((valueId) => ({ postId: post.id, valueId })) });
  return post.id;
}

describe("findPrideWall", () => {
  it("[PRIDE] filters by department (author or tagged), value, person and period, and never shows removed moments", async () => {
    const { actor: reader } = await createUser();
    const sales = await createDepartment();
    const { user: seller } = await createUser({ departmentId: sales.id });
    const { user: a } = await createUser();
    const { user: b } = await createUser();
    const value = await createValue();

    const byAuthorInDept = await moment(seller.id, [a.id], { values: [value.id], daysAgo: 1 });
    const taggingDept = await moment(a.id, [seller.id], { daysAgo: 20 });
    const unrelated = await moment(a.id, [b.id], { values: [value.id], daysAgo: 200 });
    await moment(seller.id, [b.id], { hidden: true });
    await createPost(seller.id); // an ordinary post is never on the wall

    const ids = async (filters: Record<string, string>) =>
      (await findPrideWall(reader, { ...filters, limit: 50 })).items.map((post) => post.id);
    expect(await ids({ department: sales.slug })).toEqual([byAuthorInDept, taggingDept]);
    expect(await ids({ value: value.slug })).toEqual([byAuthorInDept, unrelated]);
    expect(await ids({ person: b.handle })).toEqual([unrelated]);
    expect(await ids({ person: seller.handle, period: "week" })).toEqual([byAuthorInDept]);
    expect(await ids({ person: a.handle, period: "month" })).toEqual([byAuthorInDept, taggingDept]);
    expect(await ids({ department: sales.slug, value: value.slug })).toEqual([byAuthorInDept]);
    expect(await ids({ department: "no-such-department" })).toEqual([]);
  });

  it("[PRIDE] pages with a cursor return each moment once, newest first", async () => {
    const { actor: reader } = await createUser();
    const { user: author } = await createUser();
    const { user: tagged } = await createUser();
    const made = [];
    for (let day = 0; day < 5; day++) made.push(await moment(author.id, [tagged.id], { daysAgo: day }));
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await findPrideWall(reader, { person: tagged.handle, limit: 2, cursor });
      seen.push(...page.items.map((post) => post.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(made);
  });

  it("[PRIDE] this week's highlights count only visible moments of the last seven days; profiles count received and given", async () => {
    const { actor: reader } = await createUser();
    const { user: author } = await createUser();
    const { user: hero } = await createUser();
    const before = await findPrideHighlights(reader, {});
    const fresh = await moment(author.id, [hero.id], { daysAgo: 1 });
    await moment(author.id, [hero.id], { daysAgo: 10 });
    await moment(author.id, [hero.id], { hidden: true });
    const after = await findPrideHighlights(reader, {});
    expect(after.momentCount - before.momentCount).toBe(1);
    expect(after.creditedCount - before.creditedCount).toBe(1);
    expect(after.moments.length).toBeGreaterThan(0);

    const pride = await findPersonPride(reader, { userId: hero.id });
    expect(pride).toMatchObject({ receivedCount: 2, givenCount: 0, given: [] });
    expect(pride.received[0]?.id).toBe(fresh);
    expect((await findPersonPride(reader, { userId: author.id })).givenCount).toBe(2);
  });
});
