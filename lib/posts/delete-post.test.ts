import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { deletePost } from "@/lib/posts/delete-post";
import { findPost } from "@/lib/posts/find-post";
import { createPost, createUser } from "@/lib/test/factories";

const deletedAtOf = async (id: string) =>
  (await db.post.findUniqueOrThrow({ where: { id }, select: { deletedAt: true } })).deletedAt;
const auditOf = (postId: string) => db.auditEntry.findMany({ where: { targetType: "Post", targetId: postId } });

describe("deletePost", () => {
  it("[FEED] the author deletes their post: it is soft-deleted, not audited, and findPost no longer finds it", async () => {
    const { user: author, actor } = await createUser();
    const { actor: reader } = await createUser();
    const post = await createPost(author.id);
    await expect(findPost(reader, { postId: post.id })).resolves.toMatchObject({ id: post.id });

    await expect(deletePost(actor, { postId: post.id })).resolves.toEqual({ id: post.id });
    expect(await deletedAtOf(post.id)).toBeInstanceOf(Date);
    expect(await auditOf(post.id)).toEqual([]);
    await expect(findPost(reader, { postId: post.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(findPost(actor, { postId: post.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    // Deleting it again finds nothing to delete.
    await expect(deletePost(actor, { postId: post.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("[FEED] an admin removes someone else's post with a reason: restorable (removedAt, not deletedAt), audited", async () => {
    const { user: author } = await createUser();
    const { user: admin, actor } = await createUser({ role: "ADMIN" });
    const post = await createPost(author.id);

    await expect(deletePost(actor, { postId: post.id })).rejects.toMatchObject({
      code: "BAD_INPUT",
      fieldErrors: { reason: "Give a reason of at least 3 characters" },
    });
    await deletePost(actor, { postId: post.id, reason: "  Off-topic  " });
    expect(await deletedAtOf(post.id)).toBeNull();
    expect(
      await db.post.findUniqueOrThrow({ where: { id: post.id }, select: { removedAt: true, removedById: true } }),
    ).toEqual({ removedAt: expect.any(Date), removedById: admin.id });
    expect(await auditOf(post.id)).toEqual([
      expect.objectContaining({
        actorId: admin.id,
        action: "post.removed",
        targetType: "Post",
        targetId: post.id,
        reason: "Off-topic",
      }),
    ]);
  });

  it.each(["EMPLOYEE", "LEADER"] as const)(
    "[FEED] a %s deleting someone else's post they can see gets FORBIDDEN and the post stays",
    async (role) => {
      const { user: author } = await createUser();
      const { actor } = await createUser({ role });
      const post = await createPost(author.id);

      await expect(deletePost(actor, { postId: post.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
      expect(await deletedAtOf(post.id)).toBeNull();
      expect(await auditOf(post.id)).toEqual([]);
    },
  );

  it("[FEED] findPost of an unknown id is NOT_FOUND", async () => {
    const { actor } = await createUser();
    await expect(findPost(actor, { postId: "c-no-such-post" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
