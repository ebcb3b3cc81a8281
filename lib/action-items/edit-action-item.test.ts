import { describe, expect, it } from "vitest";
import { editActionItem } from "@/lib/action-items/edit-action-item";
import { createActionItemRow, dayFromToday } from "@/lib/action-items/test-fixtures";
import { db } from "@/lib/db";
import { createUser } from "@/lib/test/factories";

const lastEntry = async (actionItemId: string) =>
  db.actionItemUpdate.findFirst({
    where: { actionItemId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { authorId: true, body: true, fromStatus: true, toStatus: true },
  });

describe("editActionItem", () => {
  it("[ACTIONS] the assigner renames and reassigns: history says what changed, the new assignee is assigned, the others hear of it", async () => {
    const { user: leader, actor } = await createUser({ role: "LEADER" });
    const { user: kees } = await createUser({ name: "Kees Keep" });
    const { user: lotte } = await createUser({ name: "Lotte Leaves" });
    const { user: jan } = await createUser({ name: "Jan Joins" });
    const item = await createActionItemRow(leader.id, [kees.id, lotte.id], {
      title: "Old title",
      status: "IN_PROGRESS",
    });

    await expect(
      editActionItem(actor, {
        itemId: item.id,
        title: "New title",
        description: "",
        dueDate: "",
        assigneeIds: [kees.id, jan.id],
      }),
    ).resolves.toMatchObject({ changed: true });

    const stored = await db.actionItem.findUniqueOrThrow({ where: { id: item.id }, include: { assignees: true } });
    expect(stored.title).toBe("New title");
    expect(stored.status).toBe("IN_PROGRESS");
    expect(stored.assignees.map((a) => a.userId).sort()).toEqual([kees.id, jan.id].sort());
    expect(await lastEntry(item.id)).toEqual({
      authorId: leader.id,
      fromStatus: "IN_PROGRESS",
      toStatus: "IN_PROGRESS",
      body: "Renamed it to “New title”; reassigned it to Kees Keep and Jan Joins.",
    });
    const notes = await db.notification.findMany({
      where: { actionItemId: item.id },
      select: { recipientId: true, type: true },
    });
    expect(notes.sort((a, b) => a.recipientId.localeCompare(b.recipientId))).toEqual(
      [
        { recipientId: jan.id, type: "ACTION_ASSIGNED" },
        { recipientId: kees.id, type: "ACTION_UPDATED" },
        { recipientId: lotte.id, type: "ACTION_UPDATED" },
      ].sort((a, b) => a.recipientId.localeCompare(b.recipientId)),
    );
  });

  it("[ACTIONS] saving without changes writes no history; an overdue item keeps its past due date; moving it into the past is refused", async () => {
    const { user: leader, actor } = await createUser({ role: "LEADER" });
    const { user: kees } = await createUser();
    const pastDue = new Date(`${dayFromToday(-3)}T23:59:59.999Z`);
    const item = await createActionItemRow(leader.id, [kees.id], { title: "Keep", dueDate: pastDue });
    const same = { itemId: item.id, title: "Keep", description: "", dueDate: dayFromToday(-3), assigneeIds: [kees.id] };

    await expect(editActionItem(actor, same)).resolves.toMatchObject({ changed: false });
    await expect(editActionItem(actor, { ...same, title: "Keep going" })).resolves.toMatchObject({ changed: true });
    await expect(
      editActionItem(actor, { ...same, title: "Keep going", dueDate: dayFromToday(-2) }),
    ).rejects.toMatchObject({ code: "BAD_INPUT", fieldErrors: { dueDate: expect.any(String) } });
    await editActionItem(actor, { ...same, title: "Keep going", dueDate: dayFromToday(5) });
    expect((await lastEntry(item.id))?.body).toMatch(/^Moved the due date to \d{1,2} \w{3} \d{4}\.$/);
    expect(await db.actionItemUpdate.count({ where: { actionItemId: item.id } })).toBe(3);
  });

  it("[ACTIONS] assignees and other leaders cannot edit (FORBIDDEN); an admin can; mass assignment fails", async () => {
    const { user: leader } = await createUser({ role: "LEADER" });
    const { user: kees, actor: keesActor } = await createUser();
    const { actor: otherLeader } = await createUser({ role: "LEADER" });
    const { actor: admin } = await createUser({ role: "ADMIN" });
    const item = await createActionItemRow(leader.id, [kees.id], { title: "Theirs" });
    const edit = { itemId: item.id, title: "Mine now", description: "", dueDate: "", assigneeIds: [kees.id] };

    await expect(editActionItem(keesActor, edit)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(editActionItem(otherLeader, edit)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(editActionItem(admin, { ...edit, assignerId: kees.id })).rejects.toMatchObject({ code: "BAD_INPUT" });
    await expect(editActionItem(admin, { ...edit, status: "DONE" })).rejects.toMatchObject({ code: "BAD_INPUT" });
    expect((await db.actionItem.findUniqueOrThrow({ where: { id: item.id } })).title).toBe("Theirs");
    await expect(editActionItem(admin, edit)).resolves.toMatchObject({ changed: true });
    expect(await db.actionItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({
      title: "Mine now",
      assignerId: leader.id,
      status: "OPEN",
    });
  });
});
