import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadPostViews } from "@/lib/posts/post-view";
import { AppError } from "@/lib/errors";
import { RECOUNT_REACTIONS_SQL, REACTION_COUNT_FIELDS } from "@/lib/reactions/reaction-counts";
import { setReaction } from "@/lib/reactions/set-reaction";
import { createPost, createUser } from "@/lib/test/factories";

const reactionCountOf = async (postId: string) =>
  (await db.post.findUniqueOrThrow({ where: { id: postId }, select: { reactionCount: true } })).reactionCount;
const reactionRows = (postId: string) => db.reaction.count({ where: { postId } });
/** Each kind's stored count beside its rows: the two columns must always be equal. */
async function countsByKind(postId: string) {
  const post = await db.post.findUniqueOrThrow({ where: { id: postId } });
  const rows = await db.reaction.groupBy({ by: ["kind"], where: { postId }, _count: true });
  return Object.entries(REACTION_COUNT_FIELDS).map(([kind, field]) => ({
    kind,
    stored: post[field],
    rows: rows.find((row) => row.kind === kind)?._count ?? 0,
  }));
}
const expectCountsMatchRows = async (postId: string) => {
  for (const { kind, stored, rows } of await countsByKind(postId)) expect(stored, kind).toBe(rows);
};
const reactionNotifications = (postId: string) =>
  db.notification.findMany({
    where: { postId, type: "REACTION" },
    select: { recipientId: true, actorId: true, groupKey: true },
  });

// The races below start dozens of transactions at once. Open the pool's connections first, so that what is measured is
// the race, not ten cold connections being opened at once on a busy machine (Prisma gives a transaction 2 s to start).
beforeAll(async () => {
  await Promise.all(Array.from({ length: 10 }, () => db.$queryRaw`select 1`));
});

describe("setReaction", () => {
  it("[REACTIONS] RACE: 50 parallel identical likes make one row and a count of 1; 50 parallel un-likes make none and 0", async () => {
    const { user: author } = await createUser();
    const { user: fan, actor } = await createUser();
    const post = await createPost(author.id);

    const on = await Promise.all(
      Array.from({ length: 50 }, () => setReaction(actor, { postId: post.id, kind: "LIKE", active: true })),
    );
    expect(on.filter((result) => result.changed)).toHaveLength(1);
    expect(await reactionRows(post.id)).toBe(1);
    expect(await reactionCountOf(post.id)).toBe(1);
    expect(await reactionNotifications(post.id)).toEqual([
      { recipientId: author.id, actorId: fan.id, groupKey: `reaction:${post.id}` },
    ]);

    const off = await Promise.all(
      Array.from({ length: 50 }, () => setReaction(actor, { postId: post.id, kind: "LIKE", active: false })),
    );
    expect(off.filter((result) => result.changed)).toHaveLength(1);
    expect(await reactionRows(post.id)).toBe(0);
    expect(await reactionCountOf(post.id)).toBe(0);
    await expectCountsMatchRows(post.id);
  });

  it("[REACTIONS] RACE: several people and kinds at once, on and off, leave the stored count equal to the rows", async () => {
    const { user: author } = await createUser();
    const people = await Promise.all(Array.from({ length: 6 }, () => createUser()));
    const post = await createPost(author.id);
    const kinds = ["LIKE", "CELEBRATE", "LOVE", "INSIGHTFUL", "FUNNY"] as const;

    // Every person sets every kind on (twice, concurrently), then turns LOVE and FUNNY off while others still arrive.
    await Promise.all(
      people.flatMap(({ actor }) =>
        kinds.flatMap((kind) => [0, 1].map(() => setReaction(actor, { postId: post.id, kind, active: true }))),
      ),
    );
    expect(await reactionRows(post.id)).toBe(people.length * kinds.length);
    expect(await reactionCountOf(post.id)).toBe(people.length * kinds.length);

    await Promise.all(
      people.flatMap(({ actor }, i) => [
        setReaction(actor, { postId: post.id, kind: "LOVE", active: false }),
        setReaction(actor, { postId: post.id, kind: "FUNNY", active: false }),
        setReaction(actor, { postId: post.id, kind: "LOVE", active: i % 2 === 0 }),
      ]),
    );
    const rows = await reactionRows(post.id);
    expect(await reactionCountOf(post.id)).toBe(rows);
    await expectCountsMatchRows(post.id);
    expect((await countsByKind(post.id)).find((count) => count.kind === "LIKE")?.stored).toBe(people.length);
    expect(await db.reaction.count({ where: { postId: post.id, kind: { notIn: ["LOVE", "FUNNY"] } } })).toBe(
      people.length * 3,
    );
    expect(await db.reaction.count({ where: { postId: post.id, kind: "FUNNY" } })).toBe(0);
    // One REACTION notification per person, whatever they did.
    const notified = await reactionNotifications(post.id);
    expect(notified.map((n) => n.actorId).sort()).toEqual(people.map(({ user }) => user.id).sort());
  });

  it("[REACTIONS] toggling on, off and on again does not notify the author a second time", async () => {
    const { user: author } = await createUser();
    const { actor } = await createUser();
    const post = await createPost(author.id);

    for (const active of [true, false, true]) await setReaction(actor, { postId: post.id, kind: "LIKE", active });
    await setReaction(actor, { postId: post.id, kind: "CELEBRATE", active: true });
    expect(await reactionNotifications(post.id)).toHaveLength(1);
    expect(await reactionCountOf(post.id)).toBe(2);
  });

  it("[REACTIONS] a second person's reaction notifies the author again, in the same group", async () => {
    const { user: author } = await createUser();
    const [a, b] = await Promise.all([createUser(), createUser()]);
    const post = await createPost(author.id);
    await setReaction(a.actor, { postId: post.id, kind: "LIKE", active: true });
    await setReaction(b.actor, { postId: post.id, kind: "LIKE", active: true });
    expect((await reactionNotifications(post.id)).map((n) => [n.actorId, n.groupKey]).sort()).toEqual(
      [
        [a.user.id, `reaction:${post.id}`],
        [b.user.id, `reaction:${post.id}`],
      ].sort(),
    );
  });

  it("[REACTIONS] reacting to your own post is counted but notifies nobody", async () => {
    const { user: author, actor } = await createUser();
    const post = await createPost(author.id);
    await expect(setReaction(actor, { postId: post.id, kind: "LOVE", active: true })).resolves.toEqual({
      changed: true,
    });
    expect(await reactionCountOf(post.id)).toBe(1);
    expect(await db.notification.count({ where: { postId: post.id } })).toBe(0);
  });

  it("[REACTIONS] turning off a reaction that is not there changes nothing", async () => {
    const { user: author } = await createUser();
    const { actor } = await createUser();
    const post = await createPost(author.id);
    await expect(setReaction(actor, { postId: post.id, kind: "LIKE", active: false })).resolves.toEqual({
      changed: false,
    });
    expect(await reactionCountOf(post.id)).toBe(0);
  });

  it("[REACTIONS] reacting to a deleted post is NOT_FOUND; an unknown kind is BAD_INPUT", async () => {
    const { user: author } = await createUser();
    const { actor } = await createUser();
    const deleted = await createPost(author.id, { deletedAt: new Date() });
    await expect(setReaction(actor, { postId: deleted.id, kind: "LIKE", active: true })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await reactionRows(deleted.id)).toBe(0);

    const post = await createPost(author.id);
    const error: unknown = await setReaction(actor, { postId: post.id, kind: "ANGRY", active: true }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "BAD_INPUT", fieldErrors: { kind: "Choose a reaction" } });
    expect(await reactionRows(post.id)).toBe(0);
  });

  it("[REACTIONS] the recount after a bulk load (seeds, generated data) sets every kind's count from the rows, and the view shows them", async () => {
    const { user: author } = await createUser();
    const people = await Promise.all(Array.from({ length: 4 }, () => createUser()));
    const post = await createPost(author.id);
    const kinds = ["LIKE", "LIKE", "FUNNY", "CELEBRATE"] as const;
    await db.reaction.createMany({
      data: people.map(({ user }, i) => ({ postId: post.id, userId: user.id, kind: kinds[i]! })),
    });
    await db.$executeRawUnsafe(RECOUNT_REACTIONS_SQL);
    await expectCountsMatchRows(post.id);
    expect(await reactionCountOf(post.id)).toBe(4);
    const [view] = await loadPostViews(people[0]!.actor, [post.id]);
    expect(view).toMatchObject({
      reactionCount: 4,
      myReactions: ["LIKE"],
      reactions: [
        { kind: "LIKE", count: 2 },
        { kind: "CELEBRATE", count: 1 },
        { kind: "FUNNY", count: 1 },
      ],
    });
  });
});
