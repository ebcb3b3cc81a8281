import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createPost } from "@/lib/posts/create-post";
import { findPost } from "@/lib/posts/find-post";
import { appErrorOf, createValue } from "@/lib/pride/pride-fixtures";
import { createUser } from "@/lib/test/factories";

describe("createPost, moments of pride", () => {
  it("[PRIDE] a moment tags colleagues and values, notifies each tagged colleague once, and reads back in the post view", async () => {
    const { user: author, actor } = await createUser();
    const { user: ada, actor: adaActor } = await createUser({ name: "Ada Pride" });
    const { user: bob } = await createUser({ name: "Bob Pride" });
    const value = await createValue();

    // Bob is tagged and mentioned: he gets the pride notification only.
    const { id } = await createPost(actor, {
      kind: "PRIDE",
      body: `We shipped it! Thanks @${bob.handle}`,
      taggedIds: [ada.id, bob.id, ada.id],
      valueIds: [value.id],
    });

    expect(
      await db.prideTag.findMany({ where: { postId: id }, orderBy: { userId: "asc" }, select: { userId: true } }),
    ).toEqual([ada.id, bob.id].sort().map((userId) => ({ userId })));
    const notifications = await db.notification.findMany({
      where: { postId: id },
      select: { recipientId: true, type: true, actorId: true, groupKey: true },
    });
    expect(notifications.sort((a, b) => a.recipientId.localeCompare(b.recipientId))).toEqual(
      [ada.id, bob.id]
        .sort()
        .map((recipientId) => ({ recipientId, type: "PRIDE_TAGGED", actorId: author.id, groupKey: `pride:${id}` })),
    );

    const view = await findPost(adaActor, { postId: id });
    expect(view.kind).toBe("PRIDE");
    expect(view.prideTags.map((person) => person.name)).toEqual(["Ada Pride", "Bob Pride"]);
    expect(view.values).toEqual([{ id: value.id, slug: value.slug, name: value.name, emoji: "⭐" }]);
    expect(view.poll).toBeNull();
    expect(view.appreciations).toEqual([]);
  });

  it("[PRIDE] a moment without a tagged colleague is refused by field, and nothing is stored", async () => {
    const { user, actor } = await createUser();
    const error = await appErrorOf(createPost(actor, { kind: "PRIDE", body: "All by myself" }));
    expect(error.code).toBe("BAD_INPUT");
    expect(error.fieldErrors).toEqual({ taggedIds: "Tag at least one colleague who made it happen" });
    expect(await db.post.count({ where: { authorId: user.id } })).toBe(0);
  });

  it("[PRIDE] tagging yourself, a departed colleague or an archived value is refused by field, nothing stored, nobody notified", async () => {
    const { user, actor } = await createUser();
    const { user: gone } = await createUser({ deactivatedAt: new Date() });
    const { user: ada } = await createUser();
    const archived = await createValue({ archivedAt: new Date() });

    expect(
      (await appErrorOf(createPost(actor, { kind: "PRIDE", body: "Me", taggedIds: [user.id] }))).fieldErrors,
    ).toEqual({ taggedIds: "Tag colleagues, not yourself" });
    expect(
      (await appErrorOf(createPost(actor, { kind: "PRIDE", body: "Gone", taggedIds: [gone.id] }))).fieldErrors,
    ).toEqual({ taggedIds: "A tagged colleague is no longer here" });
    expect(
      (
        await appErrorOf(
          createPost(actor, { kind: "PRIDE", body: "Old value", taggedIds: [ada.id], valueIds: [archived.id] }),
        )
      ).fieldErrors,
    ).toEqual({
      valueIds: "A chosen value is no longer in use",
    });
    expect(await db.post.count({ where: { authorId: user.id } })).toBe(0);
    expect(await db.notification.count({ where: { recipientId: ada.id } })).toBe(0);
  });

  it("[PRIDE] an ordinary post cannot carry tags or values", async () => {
    const { actor } = await createUser();
    const { user: ada } = await createUser();
    const error = await appErrorOf(createPost(actor, { body: "Hi", taggedIds: [ada.id] }));
    expect(error.fieldErrors).toEqual({ taggedIds: "Only moments of pride tag colleagues and values" });
  });

  it("[PRIDE] a signed-out caller is refused", async () => {
    const error = await appErrorOf(createPost(null, { kind: "PRIDE", body: "Hi", taggedIds: ["x"] }));
    expect(error.code).toBe("UNAUTHENTICATED");
  });
});
