import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { createComment } from "@/lib/comments/create-comment";
import { deleteComment } from "@/lib/comments/delete-comment";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { setFollow } from "@/lib/follows/set-follow";
import { countUnreadNotifications } from "@/lib/notifications/count-unread";
import { listNotifications, type NotificationGroup } from "@/lib/notifications/list-notifications";
import { markNotificationsRead } from "@/lib/notifications/mark-read";
import { encodeCursor } from "@/lib/pagination";
import { deletePost } from "@/lib/posts/delete-post";
import { setReaction } from "@/lib/reactions/set-reaction";
import { createPost, createUser } from "@/lib/test/factories";

const unread = async (actor: Actor) => (await countUnreadNotifications(actor, {})).count;

/** Every group, page by page, as the bell's list fetches them. */
async function walkNotifications(actor: Actor, limit: number): Promise<NotificationGroup[]> {
  const groups: NotificationGroup[] = [];
  let cursor: string | undefined;
  for (let pages = 0; pages < 200; pages++) {
    const page = await listNotifications(actor, { limit, cursor });
    expect(page.items.length).toBeLessThanOrEqual(limit);
    groups.push(...page.items);
    if (!page.nextCursor) return groups;
    cursor = page.nextCursor;
  }
  throw new Error("the notification list did not end within 200 pages");
}

/** People who react one after another, each a few milliseconds later, so "most recent" is well defined. */
async function reactInTurn(people: { actor: Actor }[], postId: string) {
  for (const { actor } of people) {
    await setReaction(actor, { postId, kind: "LIKE", active: true });
    await sleep(5);
  }
}

describe("listNotifications and countUnreadNotifications", () => {
  it("[NOTIFICATIONS] five people reacting to a post are one unread group naming the two most recent", async () => {
    const { user: author, actor } = await createUser();
    const fans = [];
    for (let i = 0; i < 5; i++) fans.push(await createUser());
    const post = await createPost(author.id, { body: "Our **new** office opens Monday" });
    await reactInTurn(fans, post.id);

    const { items, nextCursor } = await listNotifications(actor, {});
    expect(nextCursor).toBeNull();
    expect(items).toEqual([
      {
        key: `reaction:${post.id}:unread`,
        groupKey: `reaction:${post.id}`,
        type: "REACTION",
        unread: true,
        latestAt: expect.any(String),
        actors: [fans[4]!.user, fans[3]!.user].map((user) => ({ handle: user.handle, name: user.name })),
        actorCount: 5,
        href: `/posts/${post.id}`,
        excerpt: "Our new office opens Monday",
      },
    ]);
    expect(await unread(actor)).toBe(1);
    expect(await db.notification.count({ where: { recipientId: author.id } })).toBe(5);
  });

  it("[NOTIFICATIONS] the unread count counts groups, not rows, and marking a group read lowers it", async () => {
    const { user: author, actor } = await createUser();
    const people = await Promise.all(Array.from({ length: 3 }, () => createUser()));
    const post = await createPost(author.id);
    await reactInTurn(people, post.id); // one group of 3 rows
    await createComment(people[0]!.actor, { postId: post.id, body: "First" }); // one group of 2 rows
    await sleep(5);
    await createComment(people[1]!.actor, { postId: post.id, body: "Second" });
    await sleep(5);
    await setFollow(people[2]!.actor, { userId: author.id, following: true }); // one group of 1 row
    await sleep(5);
    expect(await db.notification.count({ where: { recipientId: author.id, readAt: null } })).toBe(6);
    expect(await unread(actor)).toBe(3);

    await expect(markNotificationsRead(actor, { groupKey: `reaction:${post.id}` })).resolves.toEqual({ count: 3 });
    expect(await unread(actor)).toBe(2);
    const groups = (await listNotifications(actor, {})).items;
    expect(groups.map((g) => [g.groupKey, g.unread, g.actorCount])).toEqual([
      [`follow:${author.id}`, true, 1],
      [`comment:${post.id}`, true, 2],
      [`reaction:${post.id}`, false, 3],
    ]);
    expect(groups[0]).toMatchObject({ type: "FOLLOW", href: `/people/${people[2]!.user.handle}` });
    expect(groups[1]).toMatchObject({
      type: "COMMENT",
      excerpt: "Second",
      href: expect.stringMatching(new RegExp(`^/posts/${post.id}#comment-`)),
    });

    // A new reaction after reading starts a new unread group beside the read one.
    const { actor: late, user: lateUser } = await createUser();
    await setReaction(late, { postId: post.id, kind: "LOVE", active: true });
    expect(await unread(actor)).toBe(3);
    const after = (await listNotifications(actor, {})).items;
    expect(after[0]).toMatchObject({
      key: `reaction:${post.id}:unread`,
      unread: true,
      actorCount: 1,
      actors: [{ handle: lateUser.handle, name: lateUser.name }],
    });
    expect(after.filter((g) => g.groupKey === `reaction:${post.id}`).map((g) => g.key)).toEqual([
      `reaction:${post.id}:unread`,
      `reaction:${post.id}:read`,
    ]);

    // Everything at once.
    await markNotificationsRead(actor, {});
    expect(await unread(actor)).toBe(0);
    expect((await listNotifications(actor, {})).items.every((g) => !g.unread)).toBe(true);
  });

  it("[NOTIFICATIONS] paging with limit 1 walks every group exactly once, newest first", async () => {
    const { user: author, actor } = await createUser();
    const people = [];
    for (let i = 0; i < 4; i++) people.push(await createUser());
    const posts = [await createPost(author.id), await createPost(author.id), await createPost(author.id)];
    for (const post of posts) {
      await reactInTurn(people.slice(0, 2), post.id);
      await createComment(people[3]!.actor, { postId: post.id, body: `On ${post.id}` });
      await sleep(5);
    }
    await markNotificationsRead(actor, { groupKey: `reaction:${posts[0]!.id}` });
    await setReaction(people[2]!.actor, { postId: posts[0]!.id, kind: "LIKE", active: true }); // a read and an unread group of one key
    await setFollow(people[3]!.actor, { userId: author.id, following: true });

    const all = await listNotifications(actor, { limit: 50 });
    expect(all.items).toHaveLength(8);
    const walked = await walkNotifications(actor, 1);
    expect(walked.map((g) => g.key)).toEqual(all.items.map((g) => g.key));
    expect(new Set(walked.map((g) => g.key)).size).toBe(8);
    const times = walked.map((g) => Date.parse(g.latestAt));
    expect([...times].sort((a, b) => b - a)).toEqual(times);

    // Pages of 3 agree too.
    expect((await walkNotifications(actor, 3)).map((g) => g.key)).toEqual(all.items.map((g) => g.key));
  });

  it("[NOTIFICATIONS] notifications about a deleted post disappear from the list and the count", async () => {
    const { user: author, actor } = await createUser();
    const { actor: fan } = await createUser();
    const kept = await createPost(author.id);
    const doomed = await createPost(author.id);
    await setReaction(fan, { postId: kept.id, kind: "LIKE", active: true });
    await setReaction(fan, { postId: doomed.id, kind: "LIKE", active: true });
    await createComment(fan, { postId: doomed.id, body: "On the doomed post" });
    expect(await unread(actor)).toBe(3);

    await deletePost(actor, { postId: doomed.id });
    expect(await unread(actor)).toBe(1);
    expect((await listNotifications(actor, {})).items.map((g) => g.groupKey)).toEqual([`reaction:${kept.id}`]);
  });

  it("[NOTIFICATIONS] a person never sees, counts or marks read someone else's notifications", async () => {
    const { user: author, actor } = await createUser();
    const { actor: fan } = await createUser();
    const { actor: stranger } = await createUser();
    const post = await createPost(author.id);
    await setReaction(fan, { postId: post.id, kind: "LIKE", active: true });

    expect(await listNotifications(stranger, {})).toEqual({ items: [], nextCursor: null });
    expect(await unread(stranger)).toBe(0);
    await expect(markNotificationsRead(stranger, { groupKey: `reaction:${post.id}` })).resolves.toEqual({ count: 0 });
    await markNotificationsRead(stranger, {});
    expect(await unread(actor)).toBe(1);
    expect(await listNotifications(fan, {})).toEqual({ items: [], nextCursor: null });
  });

  it("[NOTIFICATIONS] without a signed-in actor the list is UNAUTHENTICATED", async () => {
    await expect(listNotifications(null, {})).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(countUnreadNotifications(null, {})).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("[NOTIFICATIONS] the two actors named are the two most recent distinct people, however often one of them acted", async () => {
    const { user: author, actor } = await createUser();
    const { user: first, actor: firstActor } = await createUser();
    const { user: chatty, actor: chattyActor } = await createUser();
    const post = await createPost(author.id);
    await createComment(firstActor, { postId: post.id, body: "Hello" });
    for (let i = 0; i < 21; i++) {
      await sleep(2);
      await createComment(chattyActor, { postId: post.id, body: `Me again ${i}` });
    }

    const [group] = (await listNotifications(actor, {})).items;
    expect(group).toMatchObject({ groupKey: `comment:${post.id}`, actorCount: 2 });
    expect(group?.actors).toEqual([
      { handle: chatty.handle, name: chatty.name },
      { handle: first.handle, name: first.name },
    ]);
  });

  it("[NOTIFICATIONS] notifications about a removed comment disappear, so its text is not shown any more", async () => {
    const { user: author, actor } = await createUser();
    const { actor: troll } = await createUser();
    const { actor: admin } = await createUser({ role: "ADMIN" });
    const post = await createPost(author.id);
    const comment = await createComment(troll, { postId: post.id, body: "Something abusive" });
    expect(await unread(actor)).toBe(1);

    await deleteComment(admin, { commentId: comment.id, reason: "Abusive" });
    const { items } = await listNotifications(actor, {});
    expect(items.map((g) => g.excerpt)).not.toContain("Something abusive");
    expect(await unread(actor)).toBe(0);
  });

  it("[NOTIFICATIONS] a cursor that is not one of ours is BAD_INPUT or ignored, never an unexpected error", async () => {
    const { actor } = await createUser();
    const outcome = await listNotifications(actor, { cursor: encodeCursor(["not a date", "c-x"]) }).then(
      () => "ok",
      (error: unknown) => (isAppError(error) ? error.code : `unexpected ${String(error).slice(0, 80)}`),
    );
    expect(["ok", "BAD_INPUT"]).toContain(outcome);
  });
});
