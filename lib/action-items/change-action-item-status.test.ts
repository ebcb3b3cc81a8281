import { describe, expect, it } from "vitest";
import { changeActionItemStatus } from "@/lib/action-items/change-action-item-status";
import { postActionItemUpdate } from "@/lib/action-items/post-action-item-update";
import { createActionItemRow } from "@/lib/action-items/test-fixtures";
import { db } from "@/lib/db";
import type { AppError } from "@/lib/errors";
import { createUser } from "@/lib/test/factories";

const historyOf = (actionItemId: string) =>
  db.actionItemUpdate.findMany({
    where: { actionItemId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { authorId: true, fromStatus: true, toStatus: true, body: true },
  });
const updatedNotifications = (actionItemId: string) =>
  db.notification.findMany({
    where: { actionItemId, type: "ACTION_UPDATED" },
    select: { recipientId: true, actorId: true, groupKey: true },
  });
const errorOf = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error as AppError,
  );

async function setup() {
  const leader = await createUser({ role: "LEADER" });
  const kees = await createUser();
  const lotte = await createUser();
  const item = await createActionItemRow(leader.user.id, [kees.user.id, lotte.user.id]);
  return { leader, kees, lotte, item };
}

describe("changeActionItemStatus", () => {
  it("[ACTIONS] an assignee moves it open → in progress → done → in progress; every move is in the history and tells the others", async () => {
    const { leader, kees, lotte, item } = await setup();

    await changeActionItemStatus(kees.actor, { itemId: item.id, status: "IN_PROGRESS" });
    await changeActionItemStatus(kees.actor, { itemId: item.id, status: "DONE", reason: "Shared with everyone" });
    const done = await db.actionItem.findUniqueOrThrow({ where: { id: item.id } });
    expect(done.status).toBe("DONE");
    expect(done.completedAt).toBeInstanceOf(Date);
    await changeActionItemStatus(lotte.actor, { itemId: item.id, status: "IN_PROGRESS" });
    expect(await db.actionItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({
      status: "IN_PROGRESS",
      completedAt: null,
    });

    expect(await historyOf(item.id)).toEqual([
      { authorId: leader.user.id, fromStatus: null, toStatus: "OPEN", body: "Assigned." },
      { authorId: kees.user.id, fromStatus: "OPEN", toStatus: "IN_PROGRESS", body: "" },
      { authorId: kees.user.id, fromStatus: "IN_PROGRESS", toStatus: "DONE", body: "Shared with everyone" },
      { authorId: lotte.user.id, fromStatus: "DONE", toStatus: "IN_PROGRESS", body: "" },
    ]);
    // Kees's two moves tell the leader and Lotte; Lotte's tells the leader and Kees. Never the mover.
    const notes = await updatedNotifications(item.id);
    const count = (recipientId: string) => notes.filter((n) => n.recipientId === recipientId).length;
    expect([count(leader.user.id), count(lotte.user.id), count(kees.user.id)]).toEqual([3, 2, 1]);
    expect(notes.every((n) => n.groupKey === `action-updated:${item.id}` && n.actorId !== n.recipientId)).toBe(true);
  });

  it("[ACTIONS] the assigner may move it too; anyone else is FORBIDDEN and changes nothing", async () => {
    const { leader, item } = await setup();
    const { actor: colleague } = await createUser();
    const { actor: otherLeader } = await createUser({ role: "LEADER" });
    const { actor: admin } = await createUser({ role: "ADMIN" });

    for (const outsider of [colleague, otherLeader, admin]) {
      await expect(changeActionItemStatus(outsider, { itemId: item.id, status: "IN_PROGRESS" })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
      await expect(postActionItemUpdate(outsider, { itemId: item.id, body: "Me too" })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    }
    expect(await historyOf(item.id)).toHaveLength(1);
    expect((await db.actionItem.findUniqueOrThrow({ where: { id: item.id } })).status).toBe("OPEN");

    await changeActionItemStatus(leader.actor, { itemId: item.id, status: "IN_PROGRESS" });
    expect((await db.actionItem.findUniqueOrThrow({ where: { id: item.id } })).status).toBe("IN_PROGRESS");
  });

  it("[ACTIONS] declining needs a reason, which is stored and kept in the history", async () => {
    const { kees, item } = await setup();
    const error = await errorOf(
      changeActionItemStatus(kees.actor, { itemId: item.id, status: "DECLINED", reason: "   " }),
    );
    expect(error).toMatchObject({ code: "BAD_INPUT", fieldErrors: { reason: expect.stringMatching(/reason|why/i) } });
    expect((await db.actionItem.findUniqueOrThrow({ where: { id: item.id } })).status).toBe("OPEN");
    expect(await historyOf(item.id)).toHaveLength(1);

    await changeActionItemStatus(kees.actor, {
      itemId: item.id,
      status: "DECLINED",
      reason: "No budget this quarter.",
    });
    expect(await db.actionItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({
      status: "DECLINED",
      declineReason: "No budget this quarter.",
    });
    expect((await historyOf(item.id)).at(-1)).toEqual({
      authorId: kees.user.id,
      fromStatus: "OPEN",
      toStatus: "DECLINED",
      body: "No budget this quarter.",
    });

    // Taking it on after all clears the reason (the history keeps it).
    await changeActionItemStatus(kees.actor, { itemId: item.id, status: "IN_PROGRESS" });
    expect(await db.actionItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({
      status: "IN_PROGRESS",
      declineReason: "",
    });
  });

  it("[ACTIONS] impossible or repeated moves are refused; a missing item is NOT_FOUND", async () => {
    const { kees, item } = await setup();
    await changeActionItemStatus(kees.actor, { itemId: item.id, status: "DONE" });
    await expect(changeActionItemStatus(kees.actor, { itemId: item.id, status: "DONE" })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await expect(
      changeActionItemStatus(kees.actor, { itemId: item.id, status: "DECLINED", reason: "Late" }),
    ).rejects.toMatchObject({ code: "BAD_INPUT" });
    await expect(changeActionItemStatus(kees.actor, { itemId: item.id, status: "OPEN" })).rejects.toMatchObject({
      code: "BAD_INPUT",
    });
    await expect(changeActionItemStatus(kees.actor, { itemId: "c-missing", status: "DONE" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await historyOf(item.id)).toHaveLength(2);
  });

  it("[ACTIONS] two assignees starting it at once: one move wins, one history entry", async () => {
    const { kees, lotte, item } = await setup();
    const results = await Promise.allSettled([
      changeActionItemStatus(kees.actor, { itemId: item.id, status: "IN_PROGRESS" }),
      changeActionItemStatus(lotte.actor, { itemId: item.id, status: "IN_PROGRESS" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "CONFLICT" } });
    expect((await historyOf(item.id)).filter((entry) => entry.toStatus === "IN_PROGRESS")).toHaveLength(1);
  });

  it("[ACTIONS] mass assignment through a status move fails", async () => {
    const { kees, leader, item } = await setup();
    for (const extra of [{ assignerId: kees.user.id }, { completedAt: "2020-01-01" }, { fromStatus: "DONE" }]) {
      await expect(
        changeActionItemStatus(kees.actor, { itemId: item.id, status: "IN_PROGRESS", ...extra }),
      ).rejects.toMatchObject({ code: "BAD_INPUT" });
    }
    expect(await db.actionItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({
      status: "OPEN",
      assignerId: leader.user.id,
    });
  });
});

describe("postActionItemUpdate", () => {
  it("[ACTIONS] an assignee's progress update joins the history and tells the others; an empty one names the field", async () => {
    const { leader, kees, lotte, item } = await setup();
    await postActionItemUpdate(kees.actor, { itemId: item.id, body: "  Talked to both shifts.  " });
    expect((await historyOf(item.id)).at(-1)).toEqual({
      authorId: kees.user.id,
      fromStatus: null,
      toStatus: null,
      body: "Talked to both shifts.",
    });
    expect((await updatedNotifications(item.id)).map((n) => n.recipientId).sort()).toEqual(
      [leader.user.id, lotte.user.id].sort(),
    );

    const error = await errorOf(postActionItemUpdate(kees.actor, { itemId: item.id, body: " " }));
    expect(error).toMatchObject({ code: "BAD_INPUT" });
    expect(Object.keys(error?.fieldErrors ?? {})).toEqual(["body"]);
    await expect(postActionItemUpdate(kees.actor, { itemId: item.id, body: "x".repeat(2001) })).rejects.toMatchObject({
      code: "BAD_INPUT",
    });
    await expect(
      postActionItemUpdate(kees.actor, { itemId: item.id, body: "Fine", authorId: leader.user.id }),
    ).rejects.toMatchObject({ code: "BAD_INPUT" });
    expect(await historyOf(item.id)).toHaveLength(2);
  });
});
