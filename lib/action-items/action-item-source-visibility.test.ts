import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { findActionItem } from "@/lib/action-items/find-action-item";
import { findActionItemBoard } from "@/lib/action-items/find-action-item-board";
import { listActionItems } from "@/lib/action-items/list-action-items";
import { listSourceActionItems } from "@/lib/action-items/list-source-action-items";
import { createActionItemRow, createQuestionWithAnswer } from "@/lib/action-items/test-fixtures";
import { addMemberRow, createCommunityRow } from "@/lib/communities/test-fixtures";
import { db } from "@/lib/db";
import { createPost, createUser, randomKey } from "@/lib/test/factories";

// An item's source (its label and link) follows the reader's visibility of that source, on every read path:
// the item page / JSON (findActionItem), /actions and its JSON (listActionItems) and the board.

type Source = { kind: string; label: string; href: string | null } | null;

/** The source each read path shows `reader` for item `id`, and the whole JSON each path returns. */
async function sourcesSeen(reader: Actor, id: string, assignerId: string) {
  const detail = await findActionItem(reader, { itemId: id });
  const list = await listActionItems(reader, { leader: assignerId, limit: 200 });
  const board = await findActionItemBoard(reader, { leader: assignerId, limit: 200 });
  const listed = list.items.find((entry) => entry.item.id === id)?.item;
  const boarded = board.flatMap((column) => column.items).find((entry) => entry.item.id === id)?.item;
  expect(listed).toBeDefined();
  expect(boarded).toBeDefined();
  return {
    sources: [detail.source, listed!.source, boarded!.source] as Source[],
    json: JSON.stringify([detail, listed, boarded]),
  };
}

async function expectSeen(reader: Actor, id: string, assignerId: string, expected: Source) {
  const { sources } = await sourcesSeen(reader, id, assignerId);
  expect(sources).toEqual([expected, expected, expected]);
}

async function expectHidden(reader: Actor, id: string, assignerId: string, label: string, secrets: string[]) {
  const { sources, json } = await sourcesSeen(reader, id, assignerId);
  for (const source of sources) expect(source).toEqual({ kind: expect.any(String), label, href: null });
  for (const secret of secrets) expect(json).not.toContain(secret);
}

describe.each(["PRIVATE", "SECRET"] as const)("action item sources in a %s community", (visibility) => {
  it(`[ACTIONS] a post's or comment's text and link reach only readers who may see it (${visibility})`, async () => {
    const community = await createCommunityRow(visibility);
    const { user: maria, actor: mariaActor } = await createUser({ name: "Maria Lead", role: "LEADER" });
    const { user: kees, actor: keesActor } = await createUser({ name: "Kees Writer" });
    const { actor: member } = await createUser();
    const { actor: outsider } = await createUser();
    const { actor: admin } = await createUser({ role: "ADMIN" });
    for (const actor of [mariaActor, keesActor, member]) await addMemberRow(community.id, actor);

    const secret = `Draft agenda for the offsite ${randomKey()}`;
    const post = await createPost(kees.id, { body: secret, communityId: community.id });
    const commentSecret = `Budget line ${randomKey()}`;
    const comment = await db.comment.create({
      data: { postId: post.id, authorId: kees.id, body: commentSecret, bodyHtml: `<p>${commentSecret}</p>` },
    });
    const fromPost = await createActionItemRow(maria.id, [kees.id], { postId: post.id });
    const fromComment = await createActionItemRow(maria.id, [kees.id], { commentId: comment.id });

    const postSource = { kind: "post", label: `From Kees's post: “${secret}”`, href: `/posts/${post.id}` };
    const commentSource = {
      kind: "comment",
      label: "From Kees's comment on Kees's post",
      href: `/posts/${post.id}#comment-${comment.id}`,
    };
    for (const reader of [mariaActor, keesActor, member, admin]) {
      await expectSeen(reader, fromPost.id, maria.id, postSource);
      await expectSeen(reader, fromComment.id, maria.id, commentSource);
    }
    // The item itself stays public; where it came from does not.
    await expectHidden(outsider, fromPost.id, maria.id, "From a post you can't see", [secret, post.id]);
    await expectHidden(outsider, fromComment.id, maria.id, "From a comment you can't see", [post.id, comment.id]);
    // The chips under the source: there for whoever sees the source, and the source is not found for anyone else.
    expect((await listSourceActionItems(member, { postId: post.id })).items.map((item) => item.id)).toEqual([
      fromPost.id,
    ]);
    expect((await listSourceActionItems(member, { commentsOfPostId: post.id })).items.map((item) => item.id)).toEqual([
      fromComment.id,
    ]);
    for (const source of [{ postId: post.id }, { commentsOfPostId: post.id }])
      await expect(listSourceActionItems(outsider, source)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("action item sources that were removed or hidden", () => {
  it("[ACTIONS] a post or comment a moderator removed or hid is no longer quoted nor linked, for anyone", async () => {
    const { user: maria } = await createUser({ name: "Maria Lead", role: "LEADER" });
    const { user: kees, actor: keesActor } = await createUser({ name: "Kees Writer" });
    const { actor: reader } = await createUser();
    const { actor: admin } = await createUser({ role: "ADMIN" });

    for (const field of ["removedAt", "hiddenAt", "deletedAt"] as const) {
      const secret = `Said in public ${randomKey()}`;
      const post = await createPost(kees.id, { body: secret });
      const comment = await db.comment.create({
        data: { postId: (await createPost(kees.id)).id, authorId: kees.id, body: "c", bodyHtml: "<p>c</p>" },
      });
      const fromPost = await createActionItemRow(maria.id, [kees.id], { postId: post.id });
      const fromComment = await createActionItemRow(maria.id, [kees.id], { commentId: comment.id });
      await db.post.update({ where: { id: post.id }, data: { [field]: new Date() } });
      await db.comment.update({ where: { id: comment.id }, data: { [field]: new Date() } });
      for (const who of [reader, keesActor, admin]) {
        await expectHidden(who, fromPost.id, maria.id, "From a post that was removed", [secret, post.id]);
        await expectHidden(who, fromComment.id, maria.id, "From a comment that was removed", [comment.id]);
      }
    }
  });

  it("[ACTIONS] an answer under a hidden or withdrawn question names neither the question nor its asker", async () => {
    const { user: maria } = await createUser({ name: "Maria Lead", role: "LEADER" });
    const { user: asker, actor: askerActor } = await createUser();
    const { actor: reader } = await createUser();
    const { actor: admin } = await createUser({ role: "ADMIN" });
    for (const field of ["hiddenAt", "withdrawnAt"] as const) {
      const title = `Why the reorganisation ${randomKey()}?`;
      const { questionId, answer } = await createQuestionWithAnswer(asker.id, maria.id, { title, isAnonymous: true });
      const item = await createActionItemRow(maria.id, [maria.id], { answerId: answer.id });
      await expectSeen(reader, item.id, maria.id, {
        kind: "answer",
        label: `From Maria's answer to “${title}”`,
        href: `/ask/${questionId}`,
      });
      expect((await sourcesSeen(reader, item.id, maria.id)).json).not.toContain(asker.id);
      await db.question.update({ where: { id: questionId }, data: { [field]: new Date() } });
      for (const who of [reader, askerActor, admin])
        await expectHidden(who, item.id, maria.id, "From an answer to a question that is no longer shown", [
          title,
          questionId,
          answer.id,
          asker.id,
        ]);
    }
  });
});
