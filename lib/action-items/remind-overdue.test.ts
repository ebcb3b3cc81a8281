import { describe, expect, it } from "vitest";
import { remindOverdueActionItems } from "@/lib/action-items/remind-overdue";
import { createActionItemRow } from "@/lib/action-items/test-fixtures";
import { db } from "@/lib/db";
import { createUser } from "@/lib/test/factories";

const HOUR = 3_600_000;
const overdueNotes = (actionItemId: string) =>
  db.notification.findMany({
    where: { actionItemId, type: "ACTION_OVERDUE" },
    select: { recipientId: true, actorId: true, groupKey: true },
  });

describe("remindOverdueActionItems", () => {
  it("[ACTIONS] an overdue item reminds its assignees and assigner once per 24 hours, from nobody", async () => {
    const { user: leader } = await createUser({ role: "LEADER" });
    const { user: kees } = await createUser();
    const { user: lotte } = await createUser();
    const now = new Date();
    const item = await createActionItemRow(leader.id, [kees.id, lotte.id], {
      dueDate: new Date(now.getTime() - 4 * 24 * HOUR),
      status: "IN_PROGRESS",
    });

    await remindOverdueActionItems(db, now);
    const first = await overdueNotes(item.id);
    expect(first.map((n) => n.recipientId).sort()).toEqual([leader.id, kees.id, lotte.id].sort());
    expect(first.every((n) => n.actorId === null && n.groupKey === `action-overdue:${item.id}`)).toBe(true);
    expect((await db.actionItem.findUniqueOrThrow({ where: { id: item.id } })).lastRemindedAt?.getTime()).toBe(
      now.getTime(),
    );

    // Called again (same moment, an hour later, 23 hours later): still one round.
    await remindOverdueActionItems(db, now);
    await remindOverdueActionItems(db, new Date(now.getTime() + HOUR));
    await remindOverdueActionItems(db, new Date(now.getTime() + 23 * HOUR));
    expect(await overdueNotes(item.id)).toHaveLength(3);

    // A day later, a second round.
    await remindOverdueActionItems(db, new Date(now.getTime() + 24 * HOUR));
    expect(await overdueNotes(item.id)).toHaveLength(6);
  });

  it("[ACTIONS] two runs at once remind once", async () => {
    const { user: leader } = await createUser({ role: "LEADER" });
    const { user: kees } = await createUser();
    const now = new Date();
    const item = await createActionItemRow(leader.id, [kees.id], { dueDate: new Date(now.getTime() - HOUR) });
    await Promise.all([
      remindOverdueActionItems(db, now),
      remindOverdueActionItems(db, now),
      remindOverdueActionItems(db, now),
    ]);
    expect(await overdueNotes(item.id)).toHaveLength(2);
  });

  it("[ACTIONS] items done, declined, not yet due or without a due date are left alone", async () => {
    const { user: leader } = await createUser({ role: "LEADER" });
    const { user: kees } = await createUser();
    const now = new Date();
    const past = new Date(now.getTime() - 48 * HOUR);
    const items = await Promise.all([
      createActionItemRow(leader.id, [kees.id], { dueDate: past, status: "DONE", completedAt: past }),
      createActionItemRow(leader.id, [kees.id], { dueDate: past, status: "DECLINED", declineReason: "No" }),
      createActionItemRow(leader.id, [kees.id], { dueDate: new Date(now.getTime() + HOUR) }),
      createActionItemRow(leader.id, [kees.id], { dueDate: null }),
    ]);
    await remindOverdueActionItems(db, now);
    expect(await db.notification.count({ where: { actionItemId: { in: items.map((item) => item.id) } } })).toBe(0);
    expect(
      await db.actionItem.count({ where: { id: { in: items.map((item) => item.id) }, lastRemindedAt: { not: null } } }),
    ).toBe(0);
  });
});
