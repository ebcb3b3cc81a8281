import "server-only";
// Runs in server.ts's process (loaded after its server-only hook); the database client is passed in.
import type { Db } from "@/lib/db/client";
import { actionGroupKey } from "@/lib/action-items/notify-action-parties";
import { createNotifications, publishNotifications } from "@/lib/notifications/notify";
import { defineJob } from "@/lib/jobs/jobs";

export const REMIND_EVERY_MS = 24 * 3_600_000;
export const REMINDER_BATCH = 200;

/**
 * Reminds the assignees and the assigner of every item past its due day and still open or in
 * progress, at most once per 24 hours per item. One pass over a bounded batch (the next pass takes
 * the rest). Claiming (setting lastRemindedAt) and notifying happen in one transaction, and the
 * claim skips rows another process holds, so two servers or two overlapping runs never remind twice.
 */
export async function remindOverdueActionItems(
  db: Db,
  now = new Date(),
): Promise<{ reminded: number; recipients: number }> {
  const remindBefore = new Date(now.getTime() - REMIND_EVERY_MS);
  const { itemIds, recipients } = await db.$transaction(async (tx) => {
    const claimed = await tx.$queryRaw<{ id: string }[]>`
      update "ActionItem" set "lastRemindedAt" = ${now}
      where id in (
        select id from "ActionItem"
        where status in ('OPEN', 'IN_PROGRESS') and "dueDate" < ${now}
          and ("lastRemindedAt" is null or "lastRemindedAt" <= ${remindBefore})
        order by "dueDate", id
        limit ${REMINDER_BATCH}
        for update skip locked
      )
      returning id`;
    const itemIds = claimed.map((row) => row.id);
    if (itemIds.length === 0) return { itemIds, recipients: [] };
    const items = await tx.actionItem.findMany({
      where: { id: { in: itemIds } },
      select: { id: true, assignerId: true, assignees: { select: { userId: true } } },
    });
    const recipients = await createNotifications(
      tx,
      items.flatMap((item) =>
        [...item.assignees.map((assignee) => assignee.userId), item.assignerId].map((recipientId) => ({
          recipientId,
          type: "ACTION_OVERDUE" as const,
          actorId: null,
          actionItemId: item.id,
          groupKey: actionGroupKey.overdue(item.id),
        })),
      ),
    );
    return { itemIds, recipients };
  });
  publishNotifications(recipients);
  return { reminded: itemIds.length, recipients: recipients.length };
}

/** Every 15 minutes, once across the cluster (lib/jobs). */
export const overdueRemindersJob = defineJob(
  "action-items.remind-overdue",
  (_, { db }) => remindOverdueActionItems(db),
  {
    everySeconds: 15 * 60,
  },
);
