import "server-only";
import { publishActionItemEvent } from "@/lib/action-items/publish-action-item";
import { z } from "zod";
import { ACTION_TEXT_MAX, unknownKeysError } from "@/lib/action-items/action-item-input";
import { loadItemParties, otherParties, requireParty } from "@/lib/action-items/action-item-parties";
import { actionGroupKey } from "@/lib/action-items/notify-action-parties";
import { createNotifications, publishNotifications } from "@/lib/notifications/notify";
import { defineUseCase } from "@/lib/auth/use-case";
import { db } from "@/lib/db";
import { enforceWriteLimit } from "@/lib/rate-limit-guard";
import { ZId } from "@/lib/id";

export const ZPostActionItemUpdateInput = z.strictObject(
  {
    itemId: ZId,
    body: z
      .string({ error: "Write an update first" })
      .trim()
      .min(1, "Write an update first")
      .max(ACTION_TEXT_MAX, `Updates can be at most ${ACTION_TEXT_MAX} characters`),
  },
  { error: unknownKeysError },
);

/** An assignee (or the assigner) tells everyone how it is going; it joins the item's history. */
export const postActionItemUpdate = defineUseCase({
  input: ZPostActionItemUpdateInput,
  permission: "actionItems.read",
  run: async ({ actor, input, afterCommit }) => {
    await enforceWriteLimit("actionItem", actor.id);
    const { item, update, recipients } = await db.$transaction(async (tx) => {
      const item = await loadItemParties(tx, input.itemId);
      requireParty(actor, item);
      const update = await tx.actionItemUpdate.create({
        data: { actionItemId: item.id, authorId: actor.id, body: input.body },
        select: { id: true },
      });
      // Progress counts as activity: the item's updatedAt moves with it.
      await tx.actionItem.update({ where: { id: item.id }, data: { updatedAt: new Date() } });
      const recipients = await createNotifications(
        tx,
        otherParties(actor, item).map((recipientId) => ({
          recipientId,
          type: "ACTION_UPDATED" as const,
          actorId: actor.id,
          actionItemId: item.id,
          groupKey: actionGroupKey.updated(item.id),
        })),
      );
      return { item, update, recipients };
    });
    publishActionItemEvent(afterCommit, "actionItem.updated", item);
    afterCommit(() => publishNotifications(recipients));
    return { id: update.id };
  },
});
