import { beforeAll, describe, expect, it } from "vitest";
import { listComments } from "@/lib/comments/list-comments";
import { db } from "@/lib/db";
import { findPost } from "@/lib/posts/find-post";
import { appErrorOf } from "@/lib/pride/pride-fixtures";
import { setAppreciation } from "@/lib/appreciations/set-appreciation";
import { createPost, createUser } from "@/lib/test/factories";

beforeAll(async () => {
  await Promise.all(Array.from({ length: 10 }, () => db.$queryRaw`select 1`));
});

describe("setAppreciation", () => {
  it("[APPRECIATION] a leader thanks a post: shown with name and title, the author is notified, withdrawing removes it", async () => {
    const { user: author, actor: authorActor } = await createUser();
    const { user: leader, actor } = await createUser({ role: "LEADER", name: "Lea Leader", title: "CEO" });
    const post = await createPost(author.id);

    expect(await setAppreciation(actor, { postId: post.id, message: "This made my week", active: true })).toEqual({
      changed: true,
    });
    const view = await findPost(authorActor, { postId: post.id });
    expect(view.appreciations).toMatchObject([
      { message: "This made my week", leader: { id: leader.id, name: "Lea Leader", title: "CEO" } },
    ]);
    expect(view.appreciatedByMe).toBe(false);
    expect(view.canAppreciate).toBe(false);
    expect((await findPost(actor, { postId: post.id })).appreciatedByMe).toBe(true);
    expect(
      await db.notification.findMany({
        where: { postId: post.id },
        select: { recipientId: true, type: true, actorId: true, detail: true },
      }),
    ).toEqual([{ recipientId: author.id, type: "APPRECIATED", actorId: leader.id, detail: "This made my week" }]);

    expect(await setAppreciation(actor, { postId: post.id, active: false })).toEqual({ changed: true });
    expect((await findPost(authorActor, { postId: post.id })).appreciations).toEqual([]);
  });

  it("[APPRECIATION] RACE: 30 parallel thank-yous from one leader make one row and one notification", async () => {
    const { user: author } = await createUser();
    const { actor } = await createUser({ role: "ADMIN" });
    const post = await createPost(author.id);
    const results = await Promise.all(
      Array.from({ length: 30 }, () => setAppreciation(actor, { postId: post.id, active: true })),
    );
    expect(results.filter((result) => result.changed)).toHaveLength(1);
    expect(await db.appreciation.count({ where: { postId: post.id } })).toBe(1);
    expect(await db.notification.count({ where: { postId: post.id, type: "APPRECIATED" } })).toBe(1);
  });

  it("[APPRECIATION] an employee is refused on the server, and nothing is stored", async () => {
    const { user: author } = await createUser();
    const { actor } = await createUser({ role: "EMPLOYEE" });
    const post = await createPost(author.id);
    expect((await appErrorOf(setAppreciation(actor, { postId: post.id, active: true }))).code).toBe("FORBIDDEN");
    expect(await db.appreciation.count({ where: { postId: post.id } })).toBe(0);
  });

  it("[APPRECIATION] a removed post or a deleted comment cannot be thanked: NOT_FOUND", async () => {
    const { user: author } = await createUser();
    const { actor } = await createUser({ role: "LEADER" });
    const removed = await createPost(author.id, { removedAt: new Date() });
    expect((await appErrorOf(setAppreciation(actor, { postId: removed.id, active: true }))).code).toBe("NOT_FOUND");
    const post = await createPost(author.id);
    const comment = await db.comment.create({
      data: { postId: post.id, authorId: author.id, body: "x", bodyHtml: "<p>x</p>", deletedAt: new Date() },
    });
    expect((await appErrorOf(setAppreciation(actor, { commentId: comment.id, active: true }))).code).toBe("NOT_FOUND");
    const onRemovedPost = await db.comment.create({
      data: { postId: removed.id, authorId: author.id, body: "y", bodyHtml: "<p>y</p>" },
    });
    expect((await appErrorOf(setAppreciation(actor, { commentId: onRemovedPost.id, active: true }))).code).toBe(
      "NOT_FOUND",
    );
  });

  it("[APPRECIATION] a comment's thank-you shows on the comment and notifies its author; bad input names the field", async () => {
    const { user: author, actor: authorActor } = await createUser();
    const { user: commenter } = await createUser();
    const { user: leader, actor } = await createUser({ role: "LEADER" });
    const post = await createPost(author.id);
    const comment = await db.comment.create({
      data: { postId: post.id, authorId: commenter.id, body: "Great idea", bodyHtml: "<p>Great idea</p>" },
    });

    await setAppreciation(actor, { commentId: comment.id, active: true });
    const [shown] = await listComments(authorActor, { postId: post.id });
    expect(shown?.appreciations.map((appreciation) => appreciation.leader.id)).toEqual([leader.id]);
    expect(
      await db.notification.findMany({ where: { commentId: comment.id }, select: { recipientId: true, type: true } }),
    ).toEqual([{ recipientId: commenter.id, type: "APPRECIATED" }]);

    const tooLong = await appErrorOf(
      setAppreciation(actor, { postId: post.id, message: "x".repeat(281), active: true }),
    );
    expect(tooLong.fieldErrors).toEqual({ message: "Thank-you message can be at most 280 characters" });
    const both = await appErrorOf(setAppreciation(actor, { postId: post.id, commentId: comment.id, active: true }));
    expect(both.fieldErrors).toEqual({ postId: "Thank either a post or a comment" });
  });
});
