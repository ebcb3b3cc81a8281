import "server-only";
import { publishActionItemEvent } from "@/lib/action-items/publish-action-item";
import { z } from "zod";
import { ZId } from "@/lib/id";
import {
  ZActionDescription,
  ZActionTitle,
  ZAssigneeIds,
  ZDueDate,
  dueDateProblem,
  unknownKeysError,
} from "@/lib/action-items/action-item-input";
import { canEditItem, loadItemParties } from "@/lib/action-items/action-item-parties";
import { listNames } from "@/lib/action-items/assign-action-item";
import { formatDueDay } from "@/lib/action-items/format-due";
import { actionGroupKey } from "@/lib/action-items/notify-action-parties";
import { createNotifications, publishNotifications, type NewNotification } from "@/lib/notifications/notify";
import { requireActiveAssignees } from "@/lib/action-items/require-active-assignees";
import { defineUseCase } from "@/lib/auth/use-case";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { enforceWriteLimit } from "@/lib/rate-limit-guard";

export const ZEditActionItemInput = z.strictObject(
  { itemId: ZId, title: ZActionTitle, description: ZActionDescription, dueDate: ZDueDate, assigneeIds: ZAssigneeIds },
  { error: unknownKeysError },
);

/**
 * The assigner (or an admin) rewrites the item or reassigns it. What changed is written to the item's
 * history in the same transaction; new assignees are told they were assigned, everyone else on it that it changed.
 */
export const editActionItem = defineUseCase({
  input: ZEditActionItemInput,
  permission: "actionItems.read",
  run: async ({ actor, input, afterCommit }) => {
    await enforceWriteLimit("actionItem", actor.id);
    const result = await db.$transaction(async (tx) => {
      const item = await loadItemParties(tx, input.itemId);
      if (!canEditItem(actor, item))
        throw new AppError("FORBIDDEN", "Only the person who assigned this item, or an admin, can edit it.");

      const dueChanged = (item.dueDate?.getTime() ?? null) !== (input.dueDate?.getTime() ?? null);
      const problem = dueChanged && input.dueDate ? dueDateProblem(input.dueDate) : null;
      if (problem) throw new AppError("BAD_INPUT", problem, { dueDate: problem });

      const added = input.assigneeIds.filter((id) => !item.assigneeIds.includes(id));
      const removed = item.assigneeIds.filter((id) => !input.assigneeIds.includes(id));
      const changes: string[] = [];
      if (item.title !== input.title) changes.push(`renamed it to “${input.title}”`);
      if (item.description !== input.description) changes.push("rewrote the description");
      if (dueChanged)
        changes.push(
          input.dueDate ? `moved the due date to ${formatDueDay(input.dueDate.toISOString())}` : "removed the due date",
        );
      if (added.length > 0 || removed.length > 0) {
        const assignees = await requireActiveAssignees(tx, input.assigneeIds);
        changes.push(`reassigned it to ${listNames(assignees.map((person) => person.name))}`);
      }
      if (changes.length === 0) return { item, recipients: [], changed: false };

      await tx.actionItem.update({
        where: { id: item.id },
        data: {
          title: input.title,
          description: input.description,
          dueDate: input.dueDate,
          ...(dueChanged && { lastRemindedAt: null }),
        },
      });
      if (removed.length > 0)
        await tx.actionItemAssignee.deleteMany({ where: { actionItemId: item.id, userId: { in: removed } } });
      if (added.length > 0)
        await tx.actionItemAssignee.createMany({
          data: added.map((userId) => ({ actionItemId: item.id, userId })),
          skipDuplicates: true,
        });
      const sentence = changes.join("; ");
      // An edit is a history entry whose status stays what it was (from = to): neither a move nor a progress note.
      await tx.actionItemUpdate.create({
        data: {
          actionItemId: item.id,
          authorId: actor.id,
          fromStatus: item.status,
          toStatus: item.status,
          body: `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`,
        },
      });

      const notifications: NewNotification[] = [
        ...added.map((recipientId) => ({
          recipientId,
          type: "ACTION_ASSIGNED" as const,
          actorId: actor.id,
          actionItemId: item.id,
          groupKey: actionGroupKey.assigned(item.id),
        })),
        ...[item.assignerId, ...item.assigneeIds].map((recipientId) => ({
          recipientId,
          type: "ACTION_UPDATED" as const,
          actorId: actor.id,
          actionItemId: item.id,
          groupKey: actionGroupKey.updated(item.id),
        })),
      ];
      return { item, recipients: await createNotifications(tx, notifications), changed: true };
    });
    if (result.changed) {
      publishActionItemEvent(afterCommit, "actionItem.updated", result.item);
      afterCommit(() => publishNotifications(result.recipients));
    }
    return { id: result.item.id, changed: result.changed };
  },
});
