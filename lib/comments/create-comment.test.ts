import { beforeAll, describe, expect, it } from "vitest";
import { createComment } from "@/lib/comments/create-comment";
import { deleteComment } from "@/lib/comments/delete-comment";
import { listComments } from "@/lib/comments/list-comments";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createPost, createUser } from "@/lib/test/factories";

const commentCountOf = async (postId: string) =>
  (await db.post.findUniqueOrThrow({ where: { id: postId }, select: { commentCount: true } })).commentCount;
const liveComments = (postId: string) => db.comment.count({ where: { postId, deletedAt: null } });
const notificationsAbout = (commentId: string) =>
  db.notification.findMany({
    where: { commentId },
    select: { recipientId: true, type: true, actorId: true, groupKey: true },
    orderBy: { type: "asc" },
  });

// The races below start dozens of transactions at once. Open the pool's connections first, so that what is measured is
// the race, not ten cold connections being opened at once on a busy machine (Prisma gives a transaction 2 s to start).
beforeAll(async () => {
  await Promise.all(Array.from({ length: 10 }, () => db.$queryRaw`select 1`));
});

describe("createComment", () => {
  it("[COMMENTS] a comment is stored with rendered html, counted on the post, and notifies the post's author", async () => {
    const { user: author } = await createUser();
    const { user: commenter, actor } = await createUser();
    const post = await createPost(author.id);

    const { id } = await createComment(actor, { postId: post.id, body: "  Nice **work**  " });
    expect(await db.comment.findUniqueOrThrow({ where: { id } })).toMatchObject({
      postId: post.id,
      authorId: commenter.id,
      parentId: null,
      body: "Nice **work**",
      bodyHtml: "<p>Nice <strong>work</strong></p>\n",
    });
    expect(await commentCountOf(post.id)).toBe(1);
    expect(await notificationsAbout(id)).toEqual([
      { recipientId: author.id, type: "COMMENT", actorId: commenter.id, groupKey: `comment:${post.id}` },
    ]);
  });

  it("[COMMENTS] commenting on your own post notifies nobody", async () => {
    const { user: author, actor } = await createUser();
    const post = await createPost(author.id);
    const { id } = await createComment(actor, { postId: post.id, body: "Adding context" });
    expect(await notificationsAbout(id)).toEqual([]);
    expect(await commentCountOf(post.id)).toBe(1);
  });

  it("[COMMENTS] a reply to a reply is filed under the top-level comment; its author gets REPLY and the post's author COMMENT", async () => {
    const { user: author } = await createUser();
    const { user: first, actor: firstActor } = await createUser();
    const { user: second, actor: secondActor } = await createUser();
    const { user: third, actor: thirdActor } = await createUser();
    const post = await createPost(author.id);

    const top = await createComment(firstActor, { postId: post.id, body: "Top" });
    const reply = await createComment(secondActor, { postId: post.id, parentId: top.id, body: "Reply" });
    const replyToReply = await createComment(thirdActor, {
      postId: post.id,
      parentId: reply.id,
      body: "Reply to the reply",
    });

    expect((await db.comment.findUniqueOrThrow({ where: { id: reply.id } })).parentId).toBe(top.id);
    expect((await db.comment.findUniqueOrThrow({ where: { id: replyToReply.id } })).parentId).toBe(top.id);
    expect(await notificationsAbout(reply.id)).toEqual([
      { recipientId: author.id, type: "COMMENT", actorId: second.id, groupKey: `comment:${post.id}` },
      { recipientId: first.id, type: "REPLY", actorId: second.id, groupKey: `reply:${top.id}` },
    ]);
    expect(await notificationsAbout(replyToReply.id)).toEqual([
      { recipientId: author.id, type: "COMMENT", actorId: third.id, groupKey: `comment:${post.id}` },
      { recipientId: second.id, type: "REPLY", actorId: third.id, groupKey: `reply:${top.id}` },
    ]);
    expect(await commentCountOf(post.id)).toBe(3);

    // The thread reads as one level: the top comment with both answers under it.
    const thread = await listComments(firstActor, { postId: post.id });
    expect(thread.map((c) => [c.id, c.replies.map((r) => r.id)])).toEqual([[top.id, [reply.id, replyToReply.id]]]);
  });

  it("[COMMENTS] a reply that also mentions the person answered notifies them once, as a mention", async () => {
    const { user: author } = await createUser();
    const { user: first, actor: firstActor } = await createUser();
    const { actor: secondActor } = await createUser();
    const post = await createPost(author.id);
    const top = await createComment(firstActor, { postId: post.id, body: "Top" });

    const reply = await createComment(secondActor, {
      postId: post.id,
      parentId: top.id,
      body: `Right, @${first.handle}`,
    });
    const forFirst = (await notificationsAbout(reply.id)).filter((n) => n.recipientId === first.id);
    expect(forFirst).toEqual([expect.objectContaining({ type: "MENTION", groupKey: `mention:${reply.id}` })]);
  });

  it("[COMMENTS] commenting on a deleted post is NOT_FOUND and stores nothing", async () => {
    const { user: author } = await createUser();
    const { user: commenter, actor } = await createUser();
    const post = await createPost(author.id, { deletedAt: new Date() });

    await expect(createComment(actor, { postId: post.id, body: "Hello?" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await db.comment.count({ where: { authorId: commenter.id } })).toBe(0);
    expect(await commentCountOf(post.id)).toBe(0);
  });

  it("[COMMENTS] replying to a deleted comment, or to a comment of another post, is NOT_FOUND", async () => {
    const { user: author, actor } = await createUser();
    const post = await createPost(author.id);
    const otherPost = await createPost(author.id);
    const elsewhere = await createComment(actor, { postId: otherPost.id, body: "Elsewhere" });
    const removed = await createComment(actor, { postId: post.id, body: "Removed" });
    await deleteComment(actor, { commentId: removed.id });

    await expect(createComment(actor, { postId: post.id, parentId: elsewhere.id, body: "x" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(createComment(actor, { postId: post.id, parentId: removed.id, body: "x" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await commentCountOf(post.id)).toBe(0);
    expect(await liveComments(post.id)).toBe(0);
  });

  it.each([
    ["an empty comment", "  "],
    ["a comment of 2001 characters", "c".repeat(2001)],
  ])("[COMMENTS] %s is refused with an error naming body", async (_label, body) => {
    const { user: author, actor } = await createUser();
    const post = await createPost(author.id);
    const error: unknown = await createComment(actor, { postId: post.id, body }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "BAD_INPUT" });
    expect(Object.keys((error as AppError).fieldErrors ?? {})).toEqual(["body"]);
    expect(await commentCountOf(post.id)).toBe(0);
  });
});

describe("deleteComment", () => {
  it("[COMMENTS] deleting a top-level comment removes it and its replies, and the count drops by all of them", async () => {
    const { user: author } = await createUser();
    const { actor: alice } = await createUser();
    const { actor: bob } = await createUser();
    const post = await createPost(author.id);
    const top = await createComment(alice, { postId: post.id, body: "Top" });
    const keep = await createComment(bob, { postId: post.id, body: "Separate" });
    const r1 = await createComment(bob, { postId: post.id, parentId: top.id, body: "r1" });
    const r2 = await createComment(alice, { postId: post.id, parentId: top.id, body: "r2" });
    const r3 = await createComment(bob, { postId: post.id, parentId: top.id, body: "r3" });
    await deleteComment(bob, { commentId: r3.id }); // already gone before the thread is
    expect(await commentCountOf(post.id)).toBe(4);

    await expect(deleteComment(alice, { commentId: top.id })).resolves.toEqual({ id: top.id });

    const rows = await db.comment.findMany({
      where: { id: { in: [top.id, r1.id, r2.id, keep.id] } },
      select: { id: true, deletedAt: true },
    });
    expect(
      rows
        .filter((row) => row.deletedAt !== null)
        .map((row) => row.id)
        .sort(),
    ).toEqual([top.id, r1.id, r2.id].sort());
    expect(await commentCountOf(post.id)).toBe(1);
    expect((await listComments(alice, { postId: post.id })).map((c) => c.id)).toEqual([keep.id]);
  });

  it("[COMMENTS] a colleague cannot delete someone else's comment; an admin can, and it is audited", async () => {
    const { user: author } = await createUser();
    const { actor: writer } = await createUser();
    const { actor: colleague } = await createUser({ role: "LEADER" });
    const { user: admin, actor: adminActor } = await createUser({ role: "ADMIN" });
    const post = await createPost(author.id);
    const comment = await createComment(writer, { postId: post.id, body: "Hmm" });

    await expect(deleteComment(colleague, { commentId: comment.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await commentCountOf(post.id)).toBe(1);

    await deleteComment(adminActor, { commentId: comment.id, reason: "Off-topic" });
    expect(await commentCountOf(post.id)).toBe(0);
    expect(await db.auditEntry.findMany({ where: { targetType: "Comment", targetId: comment.id } })).toEqual([
      expect.objectContaining({ actorId: admin.id, action: "comment.removed" }),
    ]);
    // Deleting twice does not count twice.
    await expect(deleteComment(adminActor, { commentId: comment.id, reason: "Off-topic" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await commentCountOf(post.id)).toBe(0);
  });

  it("[COMMENTS] after a mix of parallel comments, replies and deletes the stored count equals the live rows", async () => {
    const { user: author } = await createUser();
    const people = await Promise.all(Array.from({ length: 6 }, () => createUser()));
    const post = await createPost(author.id);

    const tops = await Promise.all(
      people.map(({ actor }, i) => createComment(actor, { postId: post.id, body: `Top ${i}` })),
    );
    const replies = await Promise.all(
      people.flatMap(({ actor }, i) =>
        [0, 1].map((n) =>
          createComment(actor, { postId: post.id, parentId: tops[(i + 1) % tops.length]!.id, body: `Reply ${i}.${n}` }),
        ),
      ),
    );
    expect(await commentCountOf(post.id)).toBe(18);

    // Person i answered thread i + 1 twice (replies[2i], replies[2i + 1]).
    // In parallel: two threads go, a reply of a third thread goes (twice at once), and new comments arrive.
    const settled = await Promise.allSettled([
      deleteComment(people[0]!.actor, { commentId: tops[0]!.id }),
      deleteComment(people[1]!.actor, { commentId: tops[1]!.id }),
      deleteComment(people[1]!.actor, { commentId: replies[2]!.id }),
      deleteComment(people[1]!.actor, { commentId: replies[2]!.id }),
      createComment(people[2]!.actor, { postId: post.id, body: "Late" }),
      createComment(people[3]!.actor, { postId: post.id, parentId: tops[3]!.id, body: "Late reply" }),
    ]);
    const failures = settled.flatMap((result) => (result.status === "rejected" ? [result.reason as unknown] : []));
    // Only the duplicate delete may fail, and only as NOT_FOUND.
    expect(failures.length).toBeLessThanOrEqual(1);
    for (const failure of failures) expect(failure).toMatchObject({ code: "NOT_FOUND" });

    const live = await liveComments(post.id);
    // 18 + 2 new − thread 0 (1 + 2 replies) − thread 1 (1 + 2 replies) − one reply of thread 2 (replies[2], by person 1)
    expect(live).toBe(13);
    expect(await commentCountOf(post.id)).toBe(live);
  });

  it("[COMMENTS] RACE: replies written while their comment is deleted are deleted with it, never left invisible but counted", async () => {
    const { user: author, actor } = await createUser();
    const people = await Promise.all(Array.from({ length: 10 }, () => createUser()));
    for (let round = 0; round < 3; round++) {
      const post = await createPost(author.id);
      const top = await createComment(actor, { postId: post.id, body: "Top" });
      await Promise.allSettled([
        deleteComment(actor, { commentId: top.id }),
        ...people.map(({ actor: replier }) =>
          createComment(replier, { postId: post.id, parentId: top.id, body: "Quick reply" }),
        ),
      ]);
      const shown = (await listComments(actor, { postId: post.id })).reduce(
        (sum, comment) => sum + 1 + comment.replies.length,
        0,
      );
      expect(await liveComments(post.id)).toBe(shown);
      expect(await commentCountOf(post.id)).toBe(shown);
    }
  });
});
