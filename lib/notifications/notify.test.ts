import { describe, expect, it } from "vitest";
import { createActionItemRow } from "@/lib/action-items/test-fixtures";
import { db } from "@/lib/db";
import { NotificationType } from "@/lib/generated/prisma/enums";
import { createNotifications, DEDUP_RULES, type NewNotification } from "@/lib/notifications/notify";
import { createPost, createUser } from "@/lib/test/factories";

const write = (rows: NewNotification[]) => db.$transaction((tx) => createNotifications(tx, rows));
const rowsOf = (recipientIds: string[]) =>
  db.notification.findMany({
    where: { recipientId: { in: recipientIds } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { recipientId: true, type: true, actionItemId: true },
  });

describe("createNotifications, de-duplication", () => {
  it("[NOTIFICATIONS] every kind has one de-duplication rule", () => {
    expect(Object.keys(DEDUP_RULES).sort()).toEqual(Object.values(NotificationType).sort());
  });

  it("[NOTIFICATIONS] event kinds: one row per recipient per write, the first rule wins; never one's own act", async () => {
    const [{ user: actor }, { user: ann }, { user: bob }] = await Promise.all([
      createUser(),
      createUser(),
      createUser(),
    ]);
    const post = await createPost(ann.id);
    const on = { actorId: actor.id, postId: post.id, groupKey: `test:${post.id}` };
    const recipients = await write([
      { ...on, recipientId: ann.id, type: "REPLY" },
      { ...on, recipientId: ann.id, type: "MENTION" }, // the same event: Ann hears of the reply only
      { ...on, recipientId: bob.id, type: "MENTION" },
      { ...on, recipientId: actor.id, type: "MENTION" }, // their own act
    ]);
    expect(recipients.sort()).toEqual([ann.id, bob.id].sort());
    expect(await rowsOf([actor.id, ann.id, bob.id])).toEqual([
      { recipientId: ann.id, type: "REPLY", actionItemId: null },
      { recipientId: bob.id, type: "MENTION", actionItemId: null },
    ]);
    // A later write is another event.
    await write([{ ...on, recipientId: ann.id, type: "REACTION" }]);
    expect(await db.notification.count({ where: { recipientId: ann.id } })).toBe(2);
  });

  it("[NOTIFICATIONS] subject kinds: one row per recipient and subject; a null actor drops nobody", async () => {
    const [{ user: leader }, { user: ann }] = await Promise.all([createUser({ role: "LEADER" }), createUser()]);
    const [first, second] = await Promise.all([
      createActionItemRow(leader.id, [ann.id]),
      createActionItemRow(leader.id, [ann.id]),
    ]);
    const overdue = (actionItemId: string): NewNotification => ({
      recipientId: ann.id,
      type: "ACTION_OVERDUE",
      actorId: null,
      actionItemId,
      groupKey: `action-overdue:${actionItemId}`,
    });
    expect(await write([overdue(first.id), overdue(second.id), overdue(first.id)])).toEqual([ann.id]);
    expect((await rowsOf([ann.id])).map((row) => row.actionItemId)).toEqual([first.id, second.id]);

    // A subject kind without its subject is a programming error, not a silent merge.
    const { actionItemId: _, ...withoutSubject } = overdue(first.id);
    await expect(write([withoutSubject])).rejects.toThrow(/needs its subject/);
  });

  it("[NOTIFICATIONS] an anonymous act (null actor) notifies even the person who did it", async () => {
    const { user: asker } = await createUser();
    expect(
      await write([{ recipientId: asker.id, type: "QUESTION_ASKED", actorId: null, groupKey: `test:${asker.id}` }]),
    ).toEqual([asker.id]);
  });
});
