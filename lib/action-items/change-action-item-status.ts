import "server-only";
import { publishActionItemEvent } from "@/lib/action-items/publish-action-item";
import { z } from "zod";
import { ZId } from "@/lib/id";
import {
  ACTION_STATUSES,
  ACTION_TEXT_MAX,
  STATUS_LABELS,
  STATUS_MOVES,
  unknownKeysError,
} from "@/lib/action-items/action-item-input";
import { loadItemParties, otherParties, requireParty } from "@/lib/action-items/action-item-parties";
import { actionGroupKey } from "@/lib/action-items/notify-action-parties";
import { createNotifications, publishNotifications } from "@/lib/notifications/notify";
import { defineUseCase } from "@/lib/auth/use-case";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { enforceWriteLimit } from "@/lib/rate-limit-guard";

export const ZChangeActionItemStatusInput = z
  .strictObject(
    {
      itemId: ZId,
      status: z.enum(ACTION_STATUSES, { error: "Choose a status" }),
      // Required to decline; an optional note with any other move.
      reason: z
        .string()
        .trim()
        .max(ACTION_TEXT_MAX, `A reason can be at most ${ACTION_TEXT_MAX} characters`)
        .default(""),
    },
    { error: unknownKeysError },
  )
  .superRefine((input, ctx) => {
    if (input.status === "DECLINED" && !input.reason)
      ctx.addIssue({ code: "custom", path: ["reason"], message: "Give a reason for declining, so everyone knows why" });
  });

/**
 * Moves an item along: open → in progress → done, back to in progress, or declined with a reason.
 * Only its assignees and assigner may; the move and its history entry are written together, and a
 * move from a status the item no longer has (someone else moved it first) is refused, not doubled.
 */
export const changeActionItemStatus = defineUseCase({
  input: ZChangeActionItemStatusInput,
  permission: "actionItems.read",
  run: async ({ actor, input, afterCommit }) => {
    await enforceWriteLimit("actionItem", actor.id);
    const { item, recipients } = await db.$transaction(async (tx) => {
      const item = await loadItemParties(tx, input.itemId);
      requireParty(actor, item);
      if (item.status === input.status)
        throw new AppError("CONFLICT", `This item is already ${STATUS_LABELS[input.status].toLowerCase()}.`);
      if (!STATUS_MOVES[item.status].includes(input.status)) {
        throw new AppError(
          "BAD_INPUT",
          `An item that is ${STATUS_LABELS[item.status].toLowerCase()} cannot move to ${STATUS_LABELS[input.status].toLowerCase()}.`,
          { status: "That move is not possible from here" },
        );
      }
      const now = new Date();
      const { count } = await tx.actionItem.updateMany({
        where: { id: item.id, status: item.status },
        data: {
          status: input.status,
          completedAt: input.status === "DONE" ? now : null,
          declineReason: input.status === "DECLINED" ? input.reason : "",
        },
      });
      if (count === 0)
        throw new AppError("CONFLICT", "Someone changed this item a moment ago. Look at its new status and try again.");
      await tx.actionItemUpdate.create({
        data: {
          actionItemId: item.id,
          authorId: actor.id,
          fromStatus: item.status,
          toStatus: input.status,
          body: input.reason,
          createdAt: now,
        },
      });
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
      return { item, recipients };
    });
    publishActionItemEvent(afterCommit, "actionItem.updated", item);
    afterCommit(() => publishNotifications(recipients));
    return { id: item.id, status: input.status };
  },
});
