import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { setFollow } from "@/lib/follows/set-follow";
import { createUser } from "@/lib/test/factories";

const followRows = (followerId: string, followeeId: string) => db.follow.count({ where: { followerId, followeeId } });
const followNotifications = (recipientId: string) =>
  db.notification.findMany({
    where: { recipientId, type: "FOLLOW" },
    select: { actorId: true, groupKey: true, postId: true },
  });

// The races below start dozens of transactions at once. Open the pool's connections first, so that what is measured is
// the race, not ten cold connections being opened at once on a busy machine (Prisma gives a transaction 2 s to start).
beforeAll(async () => {
  await Promise.all(Array.from({ length: 10 }, () => db.$queryRaw`select 1`));
});

describe("setFollow", () => {
  it("[FOLLOWS] RACE: 50 parallel follows make one row and one FOLLOW notification", async () => {
    const { user: follower, actor } = await createUser();
    const { user: person } = await createUser();

    const results = await Promise.all(
      Array.from({ length: 50 }, () => setFollow(actor, { userId: person.id, following: true })),
    );
    expect(results.every((result) => result.following)).toBe(true);
    expect(await followRows(follower.id, person.id)).toBe(1);
    expect(await followNotifications(person.id)).toEqual([
      { actorId: follower.id, groupKey: `follow:${person.id}`, postId: null },
    ]);
    // Following is one way.
    expect(await followRows(person.id, follower.id)).toBe(0);
  });

  it("[FOLLOWS] unfollowing removes the row; following again does not notify a second time", async () => {
    const { user: follower, actor } = await createUser();
    const { user: person } = await createUser();

    await setFollow(actor, { userId: person.id, following: true });
    await expect(setFollow(actor, { userId: person.id, following: false })).resolves.toEqual({ following: false });
    expect(await followRows(follower.id, person.id)).toBe(0);
    await setFollow(actor, { userId: person.id, following: false }); // unfollowing twice is fine
    expect(await followRows(follower.id, person.id)).toBe(0);

    await setFollow(actor, { userId: person.id, following: true });
    expect(await followRows(follower.id, person.id)).toBe(1);
    expect(await followNotifications(person.id)).toHaveLength(1);
  });

  it("[FOLLOWS] two followers each notify the person once, in one group", async () => {
    const [a, b] = await Promise.all([createUser(), createUser()]);
    const { user: person } = await createUser();
    await Promise.all([
      setFollow(a.actor, { userId: person.id, following: true }),
      setFollow(b.actor, { userId: person.id, following: true }),
    ]);
    const notifications = await followNotifications(person.id);
    expect(notifications.map((n) => n.actorId).sort()).toEqual([a.user.id, b.user.id].sort());
    expect(new Set(notifications.map((n) => n.groupKey))).toEqual(new Set([`follow:${person.id}`]));
  });

  it("[FOLLOWS] following yourself is BAD_INPUT and stores nothing", async () => {
    const { user, actor } = await createUser();
    const error: unknown = await setFollow(actor, { userId: user.id, following: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "BAD_INPUT", message: "You cannot follow yourself." });
    expect(await followRows(user.id, user.id)).toBe(0);
    expect(await db.notification.count({ where: { recipientId: user.id } })).toBe(0);
  });

  it("[FOLLOWS] following a deactivated or unknown person is NOT_FOUND and stores nothing", async () => {
    const { user: follower, actor } = await createUser();
    const { user: gone } = await createUser({ deactivatedAt: new Date() });

    await expect(setFollow(actor, { userId: gone.id, following: true })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await followRows(follower.id, gone.id)).toBe(0);
    expect(await followNotifications(gone.id)).toEqual([]);
    await expect(setFollow(actor, { userId: "c-nobody", following: true })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("[FOLLOWS] without a signed-in actor following is UNAUTHENTICATED", async () => {
    const { user: person } = await createUser();
    await expect(setFollow(null, { userId: person.id, following: true })).rejects.toMatchObject({
      code: "UNAUTHENTICATED",
    });
    expect(await db.follow.count({ where: { followeeId: person.id } })).toBe(0);
  });
});
