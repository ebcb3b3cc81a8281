import { describe, expect, it } from "vitest";
import { assignActionItem } from "@/lib/action-items/assign-action-item";
import { changeActionItemStatus } from "@/lib/action-items/change-action-item-status";
import { findActionItem } from "@/lib/action-items/find-action-item";
import { listSourceActionItems } from "@/lib/action-items/list-source-action-items";
import { createQuestionWithAnswer, dayFromToday } from "@/lib/action-items/test-fixtures";
import { createComment } from "@/lib/comments/create-comment";
import { db } from "@/lib/db";
import { createPost, createUser } from "@/lib/test/factories";

describe("findActionItem", () => {
  it("[ACTIONS] everyone sees the item, its source and its history; only parties get controls; the anonymous asker is nowhere", async () => {
    const { user: maria, actor: mariaActor } = await createUser({
      role: "LEADER",
      name: "Maria Boss",
      title: "Chief Executive Officer",
    });
    const { user: kees, actor: keesActor } = await createUser({ name: "Kees Doer" });
    const { user: asker } = await createUser();
    const { actor: reader } = await createUser();
    const { questionId, answer } = await createQuestionWithAnswer(asker.id, maria.id, {
      title: "Can we get a fairer rota?",
      isAnonymous: true,
    });
    const { id } = await assignActionItem(mariaActor, {
      title: "Review the rota",
      dueDate: dayFromToday(3),
      assigneeIds: [kees.id],
      answerId: answer.id,
    });
    await changeActionItemStatus(keesActor, { itemId: id, status: "IN_PROGRESS" });

    const seen = await findActionItem(reader, { itemId: id });
    expect(seen).toMatchObject({
      title: "Review the rota",
      status: "IN_PROGRESS",
      isOverdue: false,
      assigner: { id: maria.id, name: "Maria Boss" },
      assignees: [{ id: kees.id }],
      source: {
        kind: "answer",
        label: "From Maria's answer to “Can we get a fairer rota?”",
        href: `/ask/${questionId}`,
      },
      canUpdate: false,
      canEdit: false,
      moves: [],
    });
    expect(seen.history.map((entry) => [entry.author.id, entry.fromStatus, entry.toStatus])).toEqual([
      [maria.id, null, "OPEN"],
      [kees.id, "OPEN", "IN_PROGRESS"],
    ]);
    expect(JSON.stringify(seen)).not.toContain(asker.id);
    expect(await findActionItem(keesActor, { itemId: id })).toMatchObject({
      canUpdate: true,
      canEdit: false,
      moves: ["DONE", "DECLINED"],
    });
    expect(await findActionItem(mariaActor, { itemId: id })).toMatchObject({ canUpdate: true, canEdit: true });

    const chips = await listSourceActionItems(reader, { answerId: answer.id });
    expect(chips).toMatchObject({ canAssign: false, items: [{ id, title: "Review the rota", status: "IN_PROGRESS" }] });
    expect(JSON.stringify(chips)).not.toContain(asker.id);

    // Once the question is hidden, the item stays public but no longer links to it, nor shows its title.
    await db.question.update({ where: { id: questionId }, data: { hiddenAt: new Date(), hiddenReason: "Duplicate" } });
    const after = await findActionItem(reader, { itemId: id });
    expect(after.source).toEqual({
      kind: "answer",
      label: "From an answer to a question that is no longer shown",
      href: null,
    });
    expect(JSON.stringify(after)).not.toContain("fairer rota");
    expect((await listSourceActionItems(reader, { answerId: answer.id })).items).toEqual([]);
    await expect(findActionItem(reader, { itemId: "c-missing" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("[ACTIONS] post and comment sources link to the post; removed ones are named without a link", async () => {
    const { user: leader, actor } = await createUser({ role: "LEADER" });
    const { user: lotte, actor: lotteActor } = await createUser({ name: "Lotte Seller" });
    const post = await createPost(lotte.id, { body: "Heard from a **buyer** today" });
    const comment = await createComment(lotteActor, { postId: post.id, body: "And another one" });
    const fromPost = await assignActionItem(actor, { title: "Objections", assigneeIds: [lotte.id], postId: post.id });
    const fromComment = await assignActionItem(actor, {
      title: "Follow up",
      assigneeIds: [lotte.id],
      commentId: comment.id,
    });

    expect((await findActionItem(actor, { itemId: fromPost.id })).source).toEqual({
      kind: "post",
      label: "From Lotte's post: “Heard from a buyer today”",
      href: `/posts/${post.id}`,
    });
    expect((await findActionItem(actor, { itemId: fromComment.id })).source).toEqual({
      kind: "comment",
      label: "From Lotte's comment on Lotte's post",
      href: `/posts/${post.id}#comment-${comment.id}`,
    });
    const thread = await listSourceActionItems(actor, { commentsOfPostId: post.id });
    expect(thread).toMatchObject({ canAssign: true, items: [{ id: fromComment.id, commentId: comment.id }] });

    await db.post.update({ where: { id: post.id }, data: { deletedAt: new Date() } });
    expect((await findActionItem(actor, { itemId: fromPost.id })).source).toEqual({
      kind: "post",
      label: "From a post that was removed",
      href: null,
    });
    expect((await findActionItem(actor, { itemId: fromComment.id })).source).toMatchObject({ href: null });
    await expect(listSourceActionItems(actor, { postId: post.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(leader.id).toBeTruthy();
  });
});
