import { describe, expect, it } from "vitest";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { createPost as createPostAs } from "@/lib/posts/create-post";
import { loadPostViewJson, loadPostViews } from "@/lib/posts/post-view";
import { checkPostViewJson } from "@/lib/posts/post-view-schema";
import { setReaction } from "@/lib/reactions/set-reaction";
import { createPendingImage, createPost, createUser } from "@/lib/test/factories";

describe("loadPostViews", () => {
  it("[FEED] reaction counts are per kind, and myReactions are the viewer's own", async () => {
    const { user: author } = await createUser();
    const [ann, ben, cat] = await Promise.all([createUser(), createUser(), createUser()]);
    const post = await createPost(author.id);
    const other = await createPost(author.id);

    await setReaction(ann.actor, { postId: post.id, kind: "LIKE", active: true });
    await setReaction(ann.actor, { postId: post.id, kind: "LOVE", active: true });
    await setReaction(ben.actor, { postId: post.id, kind: "LIKE", active: true });
    await setReaction(ben.actor, { postId: post.id, kind: "FUNNY", active: true });
    await setReaction(ben.actor, { postId: post.id, kind: "FUNNY", active: false });
    await setReaction(cat.actor, { postId: other.id, kind: "CELEBRATE", active: true });

    const [asAnn] = await loadPostViews(ann.actor, [post.id]);
    expect(asAnn).toMatchObject({
      reactionCount: 3,
      reactions: [
        { kind: "LIKE", count: 2 },
        { kind: "LOVE", count: 1 },
      ],
    });
    expect(asAnn?.myReactions.sort()).toEqual(["LIKE", "LOVE"]);

    const [asBen, otherAsBen] = await loadPostViews(ben.actor, [post.id, other.id]);
    expect(asBen?.myReactions).toEqual(["LIKE"]);
    expect(otherAsBen).toMatchObject({
      id: other.id,
      reactionCount: 1,
      reactions: [{ kind: "CELEBRATE", count: 1 }],
      myReactions: [],
    });

    const [asCat] = await loadPostViews(cat.actor, [post.id]);
    expect(asCat?.myReactions).toEqual([]);
    expect(asCat?.reactions).toEqual(asAnn?.reactions);
  });

  it("[FEED] only the author may edit and sees the source; only the author may delete; admins may remove with a reason", async () => {
    const { user: author, actor: authorActor } = await createUser();
    const { actor: colleague } = await createUser();
    const { actor: leader } = await createUser({ role: "LEADER" });
    const { actor: admin } = await createUser({ role: "ADMIN" });
    const post = await createPost(author.id, {
      body: "The **source**",
      bodyHtml: "<p>The <strong>source</strong></p>\n",
    });

    const view = async (actor: typeof authorActor) => {
      const [found] = await loadPostViews(actor, [post.id]);
      return {
        body: found?.body,
        bodyHtml: found?.bodyHtml,
        canEdit: found?.canEdit,
        canDelete: found?.canDelete,
        canModerate: found?.canModerate,
      };
    };
    const html = "<p>The <strong>source</strong></p>\n";
    expect(await view(authorActor)).toEqual({
      body: "The **source**",
      bodyHtml: html,
      canEdit: true,
      canDelete: true,
      canModerate: false,
    });
    expect(await view(colleague)).toEqual({
      body: null,
      bodyHtml: html,
      canEdit: false,
      canDelete: false,
      canModerate: false,
    });
    expect(await view(leader)).toEqual({
      body: null,
      bodyHtml: html,
      canEdit: false,
      canDelete: false,
      canModerate: false,
    });
    expect(await view(admin)).toEqual({
      body: null,
      bodyHtml: html,
      canEdit: false,
      canDelete: false,
      canModerate: true,
    });
  });

  it("[FEED] views come in the order asked, without deleted or unknown posts, with images in position order", async () => {
    const { user: author, actor } = await createUser();
    const first = await createPost(author.id);
    const second = await createPost(author.id);
    const deleted = await createPost(author.id, { deletedAt: new Date() });
    const late = await createPendingImage(author.id, { postId: second.id, position: 1, alt: "late" });
    const early = await createPendingImage(author.id, { postId: second.id, position: 0, alt: "early" });

    const views = await loadPostViews(actor, [second.id, deleted.id, "c-unknown", first.id]);
    expect(views.map((v) => v.id)).toEqual([second.id, first.id]);
    expect(views[0]?.images).toEqual([
      { id: early.id, width: 10, height: 10, alt: "early", url: `/api/uploads/images/${early.id}` },
      { id: late.id, width: 10, height: 10, alt: "late", url: `/api/uploads/images/${late.id}` },
    ]);
    expect(await loadPostViews(actor, [])).toEqual([]);
    expect(await db.post.count({ where: { id: deleted.id } })).toBe(1); // it exists, it is only hidden
  });

  it("[FEED] what each role may do comes out of the database as `can` decides it, and the JSON text is what loadPostViews parses", async () => {
    const { actor: author } = await createUser();
    const { id } = await createPostAs(author, {
      body: "Lunch?",
      poll: { question: "Where do we eat?", options: ["Pizza", "Sushi"], multiple: false, isPublic: false },
    });
    for (const role of ["EMPLOYEE", "LEADER", "ADMIN"] as const) {
      const { actor } = await createUser({ role });
      const [view] = await loadPostViews(actor, [id]);
      expect(view, role).toMatchObject({
        canAppreciate: can(actor, "appreciation.give"),
        canAssignActionItems: can(actor, "actionItems.assign"),
        canModerate: can(actor, "communities.moderateAny"),
        canEdit: false,
        canDelete: false,
        body: null,
        poll: {
          canVote: can(actor, "polls.vote"),
          resultsVisible: false,
          myVotes: [],
          options: [
            { label: "Pizza", count: null, voters: null },
            { label: "Sushi", count: null, voters: null },
          ],
        },
      });
      const [text] = await loadPostViewJson(actor, [id]);
      expect(JSON.parse(text!.json)).toEqual(view);
      expect(text).toMatchObject({ id, createdAt: view!.createdAt });
    }
    const [own] = await loadPostViews(author, [id]);
    expect(own).toMatchObject({
      canEdit: true,
      canDelete: true,
      canModerate: false,
      body: "Lunch?",
      poll: { resultsVisible: true, options: [{ count: 0 }, { count: 0 }] },
    });
  });
});

describe("ZPostView", () => {
  it("[VIEWS] every post view the database builds matches ZPostView; a drifted one throws outside production only", async () => {
    const { user: author, actor } = await createUser();
    const post = await createPost(author.id);
    const [row] = await loadPostViewJson(actor, [post.id]);
    if (!row) throw new Error("expected the post's view");
    expect(() => checkPostViewJson([row])).not.toThrow();

    const view = JSON.parse(row.json) as Record<string, unknown>;
    const drifted = [
      { ...view, isPinned: true }, // a key the type does not have
      { ...view, canEdit: undefined }, // a key the type needs, missing
      { ...view, commentCount: "3" }, // mistyped
      { ...view, author: { ...(view.author as object), email: "x@example.com" } }, // extra key in a sub-shape
    ];
    for (const json of drifted)
      expect(() => checkPostViewJson([{ id: post.id, json: JSON.stringify(json) }])).toThrow(
        /does not match ZPostView/,
      );

    const nodeEnv = process.env.NODE_ENV;
    try {
      (process.env as Record<string, string>).NODE_ENV = "production";
      expect(() => checkPostViewJson([{ id: post.id, json: JSON.stringify(drifted[0]) }])).not.toThrow();
    } finally {
      (process.env as Record<string, string | undefined>).NODE_ENV = nodeEnv;
    }
  });
});
