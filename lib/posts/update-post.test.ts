import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createPost } from "@/lib/posts/create-post";
import { updatePost } from "@/lib/posts/update-post";
import { createUser } from "@/lib/test/factories";

const postOf = (id: string) =>
  db.post.findUniqueOrThrow({ where: { id }, select: { body: true, bodyHtml: true, editedAt: true, linkUrl: true } });
const revisionsOf = (postId: string) =>
  db.postRevision.findMany({
    where: { postId },
    orderBy: { createdAt: "asc" },
    select: { body: true, editorId: true },
  });

describe("updatePost", () => {
  it("[FEED] the author's edit keeps the old text as a revision and marks the post edited", async () => {
    const { user: author, actor } = await createUser();
    const { user: ada } = await createUser();
    const { id } = await createPost(actor, { body: "First draft" });
    expect((await postOf(id)).editedAt).toBeNull();

    const startedAt = Date.now();
    await updatePost(actor, { postId: id, body: `Second draft for @${ada.handle} https://example.invalid/a` });
    const after = await postOf(id);
    expect(after.body).toBe(`Second draft for @${ada.handle} https://example.invalid/a`);
    expect(after.bodyHtml).toContain(`data-mention="${ada.handle}"`);
    expect(after.linkUrl).toBe("https://example.invalid/a");
    expect(after.editedAt?.getTime()).toBeGreaterThanOrEqual(startedAt - 1000);
    expect(await revisionsOf(id)).toEqual([{ body: "First draft", editorId: author.id }]);

    await updatePost(actor, { postId: id, body: "Third draft" });
    const revisions = await revisionsOf(id);
    expect(revisions).toHaveLength(2); // one per edit; the same millisecond may hold both, so not asserting their order
    expect(revisions).toEqual(
      expect.arrayContaining([
        { body: "First draft", editorId: author.id },
        { body: `Second draft for @${ada.handle} https://example.invalid/a`, editorId: author.id },
      ]),
    );
    expect(await postOf(id)).toMatchObject({ body: "Third draft", linkUrl: null });
  });

  it("[FEED] saving the same text again makes no revision", async () => {
    const { actor } = await createUser();
    const { id } = await createPost(actor, { body: "Unchanged" });
    await updatePost(actor, { postId: id, body: "  Unchanged  " });
    expect(await revisionsOf(id)).toEqual([]);
    expect((await postOf(id)).editedAt).toBeNull();
  });

  it.each([
    ["a colleague", "EMPLOYEE"],
    ["an admin (moderators remove, they do not rewrite)", "ADMIN"],
  ] as const)("[FEED] %s editing someone else's post gets NOT_FOUND and nothing changes", async (_label, role) => {
    const { actor: author } = await createUser();
    const { actor: other } = await createUser({ role });
    const { id } = await createPost(author, { body: "Mine" });
    const before = await postOf(id);

    await expect(updatePost(other, { postId: id, body: "Hijacked" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await postOf(id)).toEqual(before);
    expect(await revisionsOf(id)).toEqual([]);
  });

  it("[FEED] a deleted post cannot be edited, even by its author", async () => {
    const { actor } = await createUser();
    const { id } = await createPost(actor, { body: "Gone soon" });
    await db.post.update({ where: { id }, data: { deletedAt: new Date() } });
    await expect(updatePost(actor, { postId: id, body: "Revived" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await postOf(id)).body).toBe("Gone soon");
  });

  it("[FEED] an empty edit is refused with an error naming body", async () => {
    const { actor } = await createUser();
    const { id } = await createPost(actor, { body: "Something" });
    const error: unknown = await updatePost(actor, { postId: id, body: "   " }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "BAD_INPUT", fieldErrors: { body: "Write something first" } });
    expect((await postOf(id)).body).toBe("Something");
  });
});
