import { describe, expect, it } from "vitest";
import { assignActionItem } from "@/lib/action-items/assign-action-item";
import { createQuestionWithAnswer, dayFromToday } from "@/lib/action-items/test-fixtures";
import { createComment } from "@/lib/comments/create-comment";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createPost, createUser } from "@/lib/test/factories";

const itemsBy = (assignerId: string) => db.actionItem.count({ where: { assignerId } });
const errorOf = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error as AppError,
  );

describe("assignActionItem", () => {
  it("[ACTIONS] a leader assigns from scratch: stored with its assignees, a first history entry, and ACTION_ASSIGNED for each assignee", async () => {
    const { user: leader, actor } = await createUser({ role: "LEADER", name: "Maria Leader" });
    const { user: kees } = await createUser({ name: "Kees Assignee" });
    const { user: lotte } = await createUser({ name: "Lotte Assignee" });

    const { id } = await assignActionItem(actor, {
      title: "  Review the weekend rota  ",
      description: "Make it fair.",
      dueDate: dayFromToday(19),
      assigneeIds: [kees.id, lotte.id, kees.id, leader.id],
    });

    const item = await db.actionItem.findUniqueOrThrow({ where: { id }, include: { assignees: true, updates: true } });
    expect(item).toMatchObject({
      title: "Review the weekend rota",
      description: "Make it fair.",
      status: "OPEN",
      assignerId: leader.id,
      answerId: null,
      postId: null,
      commentId: null,
    });
    expect(item.dueDate?.toISOString()).toBe(`${dayFromToday(19)}T23:59:59.999Z`);
    expect(item.assignees.map((a) => a.userId).sort()).toEqual([kees.id, lotte.id, leader.id].sort());
    expect(item.updates).toEqual([
      expect.objectContaining({
        authorId: leader.id,
        fromStatus: null,
        toStatus: "OPEN",
        body: "Assigned to Kees Assignee, Lotte Assignee and Maria Leader.",
      }),
    ]);
    // Assigning yourself tells nobody; the others hear it from the leader.
    const notifications = await db.notification.findMany({
      where: { actionItemId: id },
      select: { recipientId: true, type: true, actorId: true, groupKey: true },
    });
    expect(notifications.sort((a, b) => a.recipientId.localeCompare(b.recipientId))).toEqual(
      [kees.id, lotte.id].sort().map((recipientId) => ({
        recipientId,
        type: "ACTION_ASSIGNED",
        actorId: leader.id,
        groupKey: `action-assigned:${id}`,
      })),
    );
  });

  it("[ACTIONS] an employee cannot assign (FORBIDDEN) and nothing is stored", async () => {
    const { user: employee, actor } = await createUser();
    const { user: colleague } = await createUser();
    await expect(assignActionItem(actor, { title: "Do it", assigneeIds: [colleague.id] })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await itemsBy(employee.id)).toBe(0);
  });

  it("[ACTIONS] an admin may assign", async () => {
    const { actor } = await createUser({ role: "ADMIN" });
    const { user: colleague } = await createUser();
    await expect(
      assignActionItem(actor, { title: "Renew the certificates", assigneeIds: [colleague.id] }),
    ).resolves.toMatchObject({ id: expect.any(String) });
  });

  it("[ACTIONS] from an answer, a post or a comment: the source is stored", async () => {
    const { user: leader, actor } = await createUser({ role: "LEADER" });
    const { user: asker } = await createUser();
    const { user: kees } = await createUser();
    const { answer } = await createQuestionWithAnswer(asker.id, leader.id);
    const post = await createPost(asker.id);
    const comment = await createComment((await createUser()).actor, { postId: post.id, body: "Good point" });

    const fromAnswer = await assignActionItem(actor, {
      title: "From an answer",
      assigneeIds: [kees.id],
      answerId: answer.id,
    });
    const fromPost = await assignActionItem(actor, {
      title: "From a post",
      assigneeIds: [kees.id],
      postId: post.id,
      answerId: "",
    });
    const fromComment = await assignActionItem(actor, {
      title: "From a comment",
      assigneeIds: [kees.id],
      commentId: comment.id,
    });
    const rows = await db.actionItem.findMany({
      where: { id: { in: [fromAnswer.id, fromPost.id, fromComment.id] } },
      select: { title: true, answerId: true, postId: true, commentId: true },
    });
    expect(rows.sort((a, b) => a.title.localeCompare(b.title))).toEqual([
      { title: "From a comment", answerId: null, postId: null, commentId: comment.id },
      { title: "From a post", answerId: null, postId: post.id, commentId: null },
      { title: "From an answer", answerId: answer.id, postId: null, commentId: null },
    ]);
  });

  it("[ACTIONS] a missing or invisible source is NOT_FOUND; two sources are BAD_INPUT; nothing is stored", async () => {
    const { user: leader, actor } = await createUser({ role: "LEADER" });
    const { user: asker } = await createUser();
    const { user: kees } = await createUser();
    const hidden = await createQuestionWithAnswer(asker.id, leader.id, {
      hiddenAt: new Date(),
      hiddenReason: "Abusive",
    });
    const withdrawn = await createQuestionWithAnswer(asker.id, leader.id, { withdrawnAt: new Date() });
    const deletedPost = await createPost(asker.id, { deletedAt: new Date() });
    const livePost = await createPost(asker.id);
    const commenter = (await createUser()).actor;
    const removedComment = await createComment(commenter, { postId: livePost.id, body: "Soon gone" });
    await db.comment.update({ where: { id: removedComment.id }, data: { deletedAt: new Date() } });
    const postToDelete = await createPost(asker.id);
    const orphanedComment = await createComment(commenter, { postId: postToDelete.id, body: "On a removed post" });
    await db.post.update({ where: { id: postToDelete.id }, data: { deletedAt: new Date() } });
    const hiddenComment = await createComment(commenter, { postId: livePost.id, body: "Hidden by a moderator" });
    await db.comment.update({ where: { id: hiddenComment.id }, data: { hiddenAt: new Date() } });
    const moderatedComment = await createComment(commenter, { postId: livePost.id, body: "Removed by a moderator" });
    await db.comment.update({
      where: { id: moderatedComment.id },
      data: { removedAt: new Date(), removedReason: "Abusive" },
    });

    const base = { title: "Follow up", assigneeIds: [kees.id] };
    for (const source of [
      { answerId: "c-missing-answer" },
      { answerId: hidden.answer.id },
      { answerId: withdrawn.answer.id },
      { postId: "c-missing-post" },
      { postId: deletedPost.id },
      { commentId: "c-missing-comment" },
      { commentId: removedComment.id },
      { commentId: orphanedComment.id },
      { commentId: hiddenComment.id },
      { commentId: moderatedComment.id },
    ]) {
      const error = await errorOf(assignActionItem(actor, { ...base, ...source }));
      expect(error, JSON.stringify(source)).toMatchObject({ code: "NOT_FOUND" });
    }
    await expect(
      assignActionItem(actor, { ...base, postId: livePost.id, commentId: removedComment.id }),
    ).rejects.toMatchObject({ code: "BAD_INPUT" });
    expect(await itemsBy(leader.id)).toBe(0);
  });

  it.each([
    ["no title", { title: "  " }, "title"],
    ["a title of 161 characters", { title: "t".repeat(161) }, "title"],
    ["a description of 2001 characters", { description: "d".repeat(2001) }, "description"],
    ["a due date in the past", { dueDate: dayFromToday(-1) }, "dueDate"],
    ["a due date that is no date", { dueDate: "2026-02-31" }, "dueDate"],
    ["no assignees", { assigneeIds: [] }, "assigneeIds"],
  ])("[ACTIONS] %s is refused with an error naming the field", async (_label, change, field) => {
    const { user: leader, actor } = await createUser({ role: "LEADER" });
    const { user: kees } = await createUser();
    const error = await errorOf(assignActionItem(actor, { title: "Valid title", assigneeIds: [kees.id], ...change }));
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "BAD_INPUT" });
    expect(Object.keys(error?.fieldErrors ?? {})).toEqual([field]);
    expect(await itemsBy(leader.id)).toBe(0);
  });

  it("[ACTIONS] due today is fine; a deactivated assignee is refused", async () => {
    const { user: leader, actor } = await createUser({ role: "LEADER" });
    const { user: gone } = await createUser({ deactivatedAt: new Date() });
    const { user: kees } = await createUser();
    await expect(
      assignActionItem(actor, { title: "Today", dueDate: dayFromToday(0), assigneeIds: [kees.id] }),
    ).resolves.toBeTruthy();
    const error = await errorOf(assignActionItem(actor, { title: "Gone", assigneeIds: [kees.id, gone.id] }));
    expect(error).toMatchObject({ code: "BAD_INPUT", fieldErrors: { assigneeIds: expect.any(String) } });
    expect(await itemsBy(leader.id)).toBe(1);
  });

  it("[ACTIONS] mass assignment of assignerId, status or history fails and stores nothing", async () => {
    const { user: leader, actor } = await createUser({ role: "LEADER" });
    const { user: other } = await createUser({ role: "LEADER" });
    const { user: kees } = await createUser();
    for (const extra of [
      { assignerId: other.id },
      { status: "DONE" },
      { completedAt: new Date().toISOString() },
      { updates: [] },
    ]) {
      const error = await errorOf(assignActionItem(actor, { title: "Sneaky", assigneeIds: [kees.id], ...extra }));
      expect(error, JSON.stringify(extra)).toMatchObject({ code: "BAD_INPUT" });
      expect(error?.message).toContain("cannot be set");
    }
    expect(await itemsBy(leader.id)).toBe(0);
    expect(await itemsBy(other.id)).toBe(0);
  });
});
