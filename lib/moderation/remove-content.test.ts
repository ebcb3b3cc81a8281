import { describe, expect, it, vi } from "vitest";
import { deleteComment } from "@/lib/comments/delete-comment";
import { listComments } from "@/lib/comments/list-comments";
import { db } from "@/lib/db";
import { findOwnRemovedPost } from "@/lib/moderation/find-own-removed-post";
import { listNotifications } from "@/lib/notifications/list-notifications";
import { listRemovedContent } from "@/lib/moderation/list-removed-content";
import { removeContent } from "@/lib/moderation/remove-content";
import { restoreContent } from "@/lib/moderation/restore-content";
import { commentOn, communityWithPeople } from "@/lib/moderation/test-fixtures";
import { deletePost } from "@/lib/posts/delete-post";
import { findPost } from "@/lib/posts/find-post";
import { createPost, createUser } from "@/lib/test/factories";

const commentCountOf = async (id: string) =>
  (await db.post.findUniqueOrThrow({ where: { id }, select: { commentCount: true } })).commentCount;

describe("removing and restoring content", () => {
  it("[MODERATION] a moderator removes a post in their community with a reason; the author sees it with the reason, others get 404", async () => {
    const { community, moderator, member } = await communityWithPeople();
    const { actor: reader } = await createUser();
    const post = await createPost(member.user.id, { communityId: community.id });
    await db.notification.create({
      data: {
        recipientId: member.user.id,
        type: "REACTION",
        actorId: reader.id,
        postId: post.id,
        groupKey: `reaction:${post.id}`,
      },
    });

    expect((await findPost(moderator.actor, { postId: post.id })).canModerate).toBe(true);
    expect((await findPost(reader, { postId: post.id })).canModerate).toBe(false);
    await removeContent(moderator.actor, { targetType: "POST", targetId: post.id, reason: "Off-topic here" });

    await expect(findPost(reader, { postId: post.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(findOwnRemovedPost(reader, { postId: post.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(findOwnRemovedPost(member.actor, { postId: post.id })).resolves.toMatchObject({
      id: post.id,
      reason: "Off-topic here",
    });
    // Its other notifications go quiet; the one telling the author why stays, with the reason as its text.
    const notices = (await listNotifications(member.actor, {})).items;
    expect(notices).toEqual([
      expect.objectContaining({
        type: "CONTENT_REMOVED",
        href: `/posts/${post.id}`,
        excerpt: "Your post was removed by a moderator. Reason: Off-topic here",
      }),
    ]);
  });

  it("[MODERATION] deletePost by a community moderator is a restorable removal; by a moderator of another community it is refused", async () => {
    const a = await communityWithPeople();
    const b = await communityWithPeople();
    const post = await createPost(b.member.user.id, { communityId: b.community.id });

    // b is public: its post is seen by everyone, so refusing to moderate it is FORBIDDEN (the refusal policy).
    await expect(deletePost(a.moderator.actor, { postId: post.id, reason: "Not here" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(
      removeContent(a.moderator.actor, { targetType: "POST", targetId: post.id, reason: "Not here" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      removeContent(b.member.actor, { targetType: "POST", targetId: post.id, reason: "Not here" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    // A private or secret community's post is not seen by outsiders: a guessed id is NOT_FOUND, as if absent.
    for (const visibility of ["PRIVATE", "SECRET"] as const) {
      await db.community.update({ where: { id: b.community.id }, data: { visibility } });
      await expect(
        removeContent(a.moderator.actor, { targetType: "POST", targetId: post.id, reason: "Not here" }),
        visibility,
      ).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(
        removeContent(b.member.actor, { targetType: "POST", targetId: post.id, reason: "Not here" }),
        visibility,
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await db.post.findUniqueOrThrow({ where: { id: post.id }, select: { removedAt: true } })).toEqual({
      removedAt: null,
    });

    await deletePost(b.moderator.actor, { postId: post.id, reason: "Duplicate of the pinned thread" });
    expect(
      await db.post.findUniqueOrThrow({
        where: { id: post.id },
        select: { removedAt: true, deletedAt: true, removedReason: true },
      }),
    ).toEqual({
      removedAt: expect.any(Date),
      deletedAt: null,
      removedReason: "Duplicate of the pinned thread",
    });
  });

  it("[MODERATION] company-wide content: only admins remove it, a leader cannot", async () => {
    const { user: author } = await createUser();
    const { actor: leader } = await createUser({ role: "LEADER" });
    const { actor: admin } = await createUser({ role: "ADMIN" });
    const post = await createPost(author.id);
    await expect(
      removeContent(leader, { targetType: "POST", targetId: post.id, reason: "Not nice" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await removeContent(admin, { targetType: "POST", targetId: post.id, reason: "Not nice" });
    expect(
      await db.auditEntry.findMany({ where: { targetId: post.id }, select: { action: true, communityId: true } }),
    ).toEqual([{ action: "post.removed", communityId: null }]);
  });

  it("[MODERATION] removing a comment takes it and its replies out of the thread and the stored count; restoring puts them back", async () => {
    const { community, moderator, member } = await communityWithPeople();
    const { actor: admin } = await createUser({ role: "ADMIN" });
    const post = await createPost(member.user.id, { communityId: community.id, commentCount: 3 });
    const top = await commentOn(post.id, member.user.id);
    await commentOn(post.id, moderator.user.id, { parentId: top.id });
    const keep = await commentOn(post.id, moderator.user.id);

    await removeContent(moderator.actor, { targetType: "COMMENT", targetId: top.id, reason: "Rude words" });
    expect((await listComments(member.actor, { postId: post.id })).map((comment) => comment.id)).toEqual([keep.id]);
    expect(await commentCountOf(post.id)).toBe(1);
    expect(
      await db.notification.findFirst({
        where: { recipientId: member.user.id, commentId: top.id },
        select: { type: true },
      }),
    ).toEqual({ type: "CONTENT_REMOVED" });
    // The author can no longer delete it (it is gone for them too), and the count does not move twice.
    await expect(deleteComment(member.actor, { commentId: top.id })).rejects.toMatchObject({ code: "NOT_FOUND" });

    await restoreContent(admin, { targetType: "COMMENT", targetId: top.id });
    expect(await commentCountOf(post.id)).toBe(3);
    expect((await listComments(member.actor, { postId: post.id })).map((comment) => comment.id)).toEqual([
      top.id,
      keep.id,
    ]);
  });

  it("[MODERATION] admins restore within 30 days; after 30 days the server refuses; moderators cannot restore", async () => {
    const { community, moderator, member } = await communityWithPeople();
    const { actor: admin } = await createUser({ role: "ADMIN" });
    const recent = await createPost(member.user.id, { communityId: community.id });
    const old = await createPost(member.user.id, { communityId: community.id });
    await removeContent(moderator.actor, { targetType: "POST", targetId: recent.id, reason: "Spam link" });
    await db.post.update({
      where: { id: old.id },
      data: { removedAt: new Date(Date.now() - 31 * 86_400_000), removedReason: "Old", removedById: moderator.user.id },
    });

    await expect(restoreContent(moderator.actor, { targetType: "POST", targetId: recent.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const restorable = (await listRemovedContent(admin, {})).map((row) => row.id);
    expect(restorable).toContain(recent.id);
    expect(restorable).not.toContain(old.id);
    await expect(restoreContent(admin, { targetType: "POST", targetId: old.id })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("30 days"),
    });

    // 29 days later it still comes back.
    vi.useFakeTimers({ now: Date.now() + 29 * 86_400_000, toFake: ["Date"] });
    try {
      await restoreContent(admin, { targetType: "POST", targetId: recent.id });
    } finally {
      vi.useRealTimers();
    }
    await expect(findPost(member.actor, { postId: recent.id })).resolves.toMatchObject({ id: recent.id });
    expect(
      await db.auditEntry.findMany({
        where: { targetId: recent.id },
        select: { action: true },
        orderBy: { createdAt: "asc" },
      }),
    ).toEqual([{ action: "post.removed" }, { action: "post.restored" }]);
    await expect(restoreContent(admin, { targetType: "POST", targetId: recent.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
