import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createPost } from "@/lib/posts/create-post";
import { createPendingImage, createUser } from "@/lib/test/factories";

const DAY = 86_400_000;

const postsBy = (authorId: string) => db.post.findMany({ where: { authorId }, orderBy: { createdAt: "asc" } });
const notificationsOf = (postId: string) =>
  db.notification.findMany({ where: { postId }, orderBy: { recipientId: "asc" } });

/** The AppError a call rejects with (fails the test if it resolves or throws something else). */
async function appErrorOf(promise: Promise<unknown>): Promise<AppError> {
  const error: unknown = await promise.then(
    () => new Error("expected the call to be refused, but it succeeded"),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("createPost", () => {
  it("[FEED] an employee's post is stored with rendered html, and mentions of real colleagues notify them", async () => {
    const { user: author, actor } = await createUser();
    const { user: ada } = await createUser();
    const { user: bob } = await createUser();
    const { user: gone } = await createUser({ deactivatedAt: new Date() });

    const body = `Thanks **@${ada.handle}** and @${bob.handle}, also @${author.handle} and @nobody-${author.id} and @${gone.handle}`;
    const { id } = await createPost(actor, { body });

    const post = await db.post.findUniqueOrThrow({ where: { id } });
    expect(post).toMatchObject({
      authorId: author.id,
      kind: "POST",
      body,
      pinnedUntil: null,
      deletedAt: null,
      commentCount: 0,
      reactionCount: 0,
    });
    expect(post.bodyHtml).toContain("<strong>");
    expect(post.bodyHtml).toContain(
      `<a href="/people/${ada.handle}" class="mention" data-mention="${ada.handle}">@${ada.name}</a>`,
    );
    expect(post.bodyHtml).toContain(
      `<a href="/people/${bob.handle}" class="mention" data-mention="${bob.handle}">@${bob.name}</a>`,
    );
    // An unknown or deactivated handle stays plain text.
    expect(post.bodyHtml).toContain(`@nobody-${author.id}`);
    expect(post.bodyHtml).not.toContain(`data-mention="nobody-`);
    expect(post.bodyHtml).not.toContain(`data-mention="${gone.handle}"`);

    const notifications = await notificationsOf(id);
    expect(notifications.map((n) => n.recipientId).sort()).toEqual([ada.id, bob.id].sort());
    for (const notification of notifications) {
      expect(notification).toMatchObject({
        type: "MENTION",
        actorId: author.id,
        groupKey: `mention:${id}`,
        readAt: null,
      });
    }
  });

  it("[FEED] a link in the body is remembered for its preview", async () => {
    const { actor } = await createUser();
    const { id } = await createPost(actor, {
      body: "Read `https://not.a/link` then https://example.invalid/news please",
    });
    expect((await db.post.findUniqueOrThrow({ where: { id } })).linkUrl).toBe("https://example.invalid/news");
  });

  it("[FEED] an employee may not post an announcement, and nothing is stored", async () => {
    const { user, actor } = await createUser();
    const error = await appErrorOf(createPost(actor, { body: "Everyone listen", kind: "ANNOUNCEMENT" }));
    expect(error.code).toBe("FORBIDDEN");
    expect(await postsBy(user.id)).toHaveLength(0);
  });

  it("[FEED] a leader's announcement notifies every other active person exactly once; a mentioned one gets the mention only", async () => {
    const { user: leader, actor } = await createUser({ role: "LEADER" });
    const { user: mentioned } = await createUser();
    const { user: bystander } = await createUser();
    const { user: gone } = await createUser({ deactivatedAt: new Date() });
    const pinnedUntil = new Date(Date.now() + 7 * DAY);

    const { id } = await createPost(actor, {
      body: `Offsite next week, @${mentioned.handle} organises`,
      kind: "ANNOUNCEMENT",
      pinnedUntil: pinnedUntil.toISOString(),
    });

    const post = await db.post.findUniqueOrThrow({ where: { id } });
    expect(post).toMatchObject({ kind: "ANNOUNCEMENT", pinnedUntil });

    const notifications = await notificationsOf(id);
    const activeOthers = await db.user.findMany({
      where: { deactivatedAt: null, id: { not: leader.id } },
      select: { id: true },
    });
    expect(activeOthers.length).toBeGreaterThanOrEqual(2);
    // One row per recipient, and every active colleague but the leader is a recipient.
    expect(notifications).toHaveLength(activeOthers.length);
    expect(new Set(notifications.map((n) => n.recipientId)).size).toBe(notifications.length);
    expect(notifications.map((n) => n.recipientId).sort()).toEqual(activeOthers.map((u) => u.id).sort());
    expect(notifications.some((n) => n.recipientId === leader.id || n.recipientId === gone.id)).toBe(false);

    expect(notifications.filter((n) => n.recipientId === mentioned.id)).toEqual([
      expect.objectContaining({ type: "MENTION", groupKey: `mention:${id}` }),
    ]);
    expect(notifications.filter((n) => n.recipientId === bystander.id)).toEqual([
      expect.objectContaining({ type: "ANNOUNCEMENT", groupKey: `announcement:${id}` }),
    ]);
  });

  it("[FEED] an announcement without a pin is accepted and not pinned", async () => {
    const { actor } = await createUser({ role: "ADMIN" });
    const { id } = await createPost(actor, { body: "Heads up", kind: "ANNOUNCEMENT", pinnedUntil: "" });
    expect(await db.post.findUniqueOrThrow({ where: { id } })).toMatchObject({
      kind: "ANNOUNCEMENT",
      pinnedUntil: null,
    });
  });

  it.each([
    ["a pin on an ordinary post", "POST", () => new Date(Date.now() + DAY), "Only announcements can be pinned"],
    ["a pin in the past", "ANNOUNCEMENT", () => new Date(Date.now() - 60_000), "Pin until must be in the future"],
    ["a pin for more than 90 days", "ANNOUNCEMENT", () => new Date(Date.now() + 91 * DAY), "Pin for at most 90 days"],
  ] as const)(
    "[FEED] %s is refused with an error naming pinnedUntil, and nothing is stored",
    async (_label, kind, pinnedUntil, message) => {
      const { user, actor } = await createUser({ role: "LEADER" });
      const error = await appErrorOf(
        createPost(actor, { body: "Pinned?", kind, pinnedUntil: pinnedUntil().toISOString() }),
      );
      expect(error.code).toBe("BAD_INPUT");
      expect(error.fieldErrors).toEqual({ pinnedUntil: message });
      expect(await postsBy(user.id)).toHaveLength(0);
    },
  );

  it("[FEED] a pin that is no date is refused with the sentence meant for it", async () => {
    const { actor } = await createUser({ role: "LEADER" });
    const error = await appErrorOf(
      createPost(actor, { body: "Pinned?", kind: "ANNOUNCEMENT", pinnedUntil: "next tuesday" }),
    );
    expect(error.code).toBe("BAD_INPUT");
    expect(error.fieldErrors).toEqual({ pinnedUntil: "Pin until must be a date" });
  });

  it("[FEED] a pin of 89 days is accepted", async () => {
    const { actor } = await createUser({ role: "LEADER" });
    const pinnedUntil = new Date(Date.now() + 89 * DAY);
    const { id } = await createPost(actor, { body: "Long pin", kind: "ANNOUNCEMENT", pinnedUntil });
    expect((await db.post.findUniqueOrThrow({ where: { id } })).pinnedUntil).toEqual(pinnedUntil);
  });

  it.each([
    ["an empty body", ""],
    ["a body of only whitespace", "   \n\t "],
    ["a body of 5001 characters", "x".repeat(5001)],
    ["a missing body", undefined],
  ])("[FEED] %s is refused with an error naming body, and nothing is stored", async (_label, body) => {
    const { user, actor } = await createUser();
    const error = await appErrorOf(createPost(actor, { body }));
    expect(error.code).toBe("BAD_INPUT");
    expect(Object.keys(error.fieldErrors ?? {})).toEqual(["body"]);
    expect(await postsBy(user.id)).toHaveLength(0);
  });

  it("[FEED] a body of exactly 5000 characters is accepted", async () => {
    const { actor } = await createUser();
    const { id } = await createPost(actor, { body: "y".repeat(5000) });
    expect((await db.post.findUniqueOrThrow({ where: { id } })).body).toHaveLength(5000);
  });

  it("[FEED] the author's own pending images are attached in the order given (duplicates once)", async () => {
    const { user, actor } = await createUser();
    const first = await createPendingImage(user.id);
    const second = await createPendingImage(user.id);
    const third = await createPendingImage(user.id);

    const { id } = await createPost(actor, { body: "Photos", imageIds: [second.id, third.id, second.id, first.id] });

    const images = await db.postImage.findMany({
      where: { postId: id },
      orderBy: { position: "asc" },
      select: { id: true, position: true },
    });
    expect(images).toEqual([
      { id: second.id, position: 0 },
      { id: third.id, position: 1 },
      { id: first.id, position: 2 },
    ]);
  });

  it("[FEED] someone else's pending image is refused, and neither a post nor an attachment is left behind", async () => {
    const { user, actor } = await createUser();
    const { user: other } = await createUser();
    const mine = await createPendingImage(user.id);
    const theirs = await createPendingImage(other.id);
    const { user: mentioned } = await createUser();

    const error = await appErrorOf(
      createPost(actor, { body: `Look @${mentioned.handle}`, imageIds: [mine.id, theirs.id] }),
    );
    expect(error.code).toBe("BAD_INPUT");
    expect(Object.keys(error.fieldErrors ?? {})).toEqual(["imageIds"]);

    expect(await postsBy(user.id)).toHaveLength(0);
    // The first image's attachment was rolled back with the post: it is still pending.
    expect(
      await db.postImage.findMany({ where: { id: { in: [mine.id, theirs.id] } }, select: { postId: true } }),
    ).toEqual([{ postId: null }, { postId: null }]);
    expect(await db.notification.count({ where: { recipientId: mentioned.id } })).toBe(0);
  });

  it("[FEED] an image already on a post cannot be attached again, and no second post is stored", async () => {
    const { user, actor } = await createUser();
    const image = await createPendingImage(user.id);
    const { id: firstPost } = await createPost(actor, { body: "First", imageIds: [image.id] });

    const error = await appErrorOf(createPost(actor, { body: "Second", imageIds: [image.id] }));
    expect(error.code).toBe("BAD_INPUT");
    expect((await postsBy(user.id)).map((post) => post.id)).toEqual([firstPost]);
    expect((await db.postImage.findUniqueOrThrow({ where: { id: image.id } })).postId).toBe(firstPost);
  });

  it("[FEED] RACE: one pending image sent with two posts at once ends up on exactly one, and the other post is not stored", async () => {
    const { user, actor } = await createUser();
    const image = await createPendingImage(user.id);
    const results = await Promise.allSettled(
      [0, 1, 2].map((i) => createPost(actor, { body: `Race ${i}`, imageIds: [image.id] })),
    );

    const created = results.flatMap((result) => (result.status === "fulfilled" ? [result.value.id] : []));
    const refused = results.flatMap((result) => (result.status === "rejected" ? [result.reason as unknown] : []));
    expect(created).toHaveLength(1);
    for (const reason of refused) expect(reason).toMatchObject({ code: "BAD_INPUT" });
    expect((await postsBy(user.id)).map((post) => post.id)).toEqual(created);
    expect((await db.postImage.findUniqueOrThrow({ where: { id: image.id } })).postId).toBe(created[0]);
  });

  it("[FEED] an unknown image id is refused and nothing is stored", async () => {
    const { user, actor } = await createUser();
    const error = await appErrorOf(createPost(actor, { body: "Ghost", imageIds: ["c-does-not-exist"] }));
    expect(error.code).toBe("BAD_INPUT");
    expect(await postsBy(user.id)).toHaveLength(0);
  });

  it("[FEED] more than 10 image ids are refused with an error naming imageIds", async () => {
    const { user, actor } = await createUser();
    const images = await Promise.all(Array.from({ length: 11 }, () => createPendingImage(user.id)));
    const error = await appErrorOf(createPost(actor, { body: "Too many", imageIds: images.map((image) => image.id) }));
    expect(error.code).toBe("BAD_INPUT");
    expect(Object.keys(error.fieldErrors ?? {})).toEqual(["imageIds"]);
    expect(await postsBy(user.id)).toHaveLength(0);
    expect(await db.postImage.count({ where: { uploaderId: user.id, postId: { not: null } } })).toBe(0);
  });

  it("[FEED] the 11th post within a minute is RATE_LIMITED and not stored", async () => {
    const { user, actor } = await createUser();
    for (let i = 0; i < 10; i++) await createPost(actor, { body: `Post number ${i}` });
    const error = await appErrorOf(createPost(actor, { body: "One too many" }));
    expect(error.code).toBe("RATE_LIMITED");
    expect(error.message).toMatch(/posts too quickly/);
    expect(await postsBy(user.id)).toHaveLength(10);

    // The limit is per person: a colleague can still post.
    const { actor: colleague } = await createUser();
    await expect(createPost(colleague, { body: "Still fine" })).resolves.toMatchObject({ id: expect.any(String) });
  });

  it("[FEED] without a signed-in actor the post is UNAUTHENTICATED", async () => {
    await expect(createPost(null, { body: "Anonymous" })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });
});
