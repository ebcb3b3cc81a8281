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
import { actionGroupKey } from "@/lib/action-items/notify-action-parties";
import { createNotifications, publishNotifications } from "@/lib/notifications/notify";
import { requireActiveAssignees } from "@/lib/action-items/require-active-assignees";
import { resolveActionSource } from "@/lib/action-items/resolve-action-source";
import { defineUseCase } from "@/lib/auth/use-case";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { enforceWriteLimit } from "@/lib/rate-limit-guard";

const ZOptionalId = z
  .union([z.literal(""), z.null(), ZId])
  .optional()
  .transform((value) => value || undefined);

// Strict: who assigns, the status and the history are the server's to decide, never the caller's.
export const ZAssignActionItemInput = z.strictObject(
  {
    title: ZActionTitle,
    description: ZActionDescription,
    dueDate: ZDueDate,
    assigneeIds: ZAssigneeIds,
    answerId: ZOptionalId,
    postId: ZOptionalId,
    commentId: ZOptionalId,
  },
  { error: unknownKeysError },
);

export type TAssignActionItemInput = z.input<typeof ZAssignActionItemInput>;

/** A leader (or admin) publicly asks one or more people to do something, optionally from an answer, post or comment. */
export const assignActionItem = defineUseCase({
  input: ZAssignActionItemInput,
  permission: "actionItems.assign",
  run: async ({ actor, input, afterCommit }) => {
    const problem = input.dueDate && dueDateProblem(input.dueDate);
    if (problem) throw new AppError("BAD_INPUT", problem, { dueDate: problem });
    await enforceWriteLimit("actionItem", actor.id);

    const { item, recipients } = await db.$transaction(async (tx) => {
      const source = await resolveActionSource(tx, actor, input);
      const assignees = await requireActiveAssignees(tx, input.assigneeIds);
      const item = await tx.actionItem.create({
        data: {
          title: input.title,
          description: input.description,
          dueDate: input.dueDate,
          assignerId: actor.id,
          answerId: source.answerId,
          postId: source.postId,
          commentId: source.commentId,
          assignees: { createMany: { data: assignees.map((person) => ({ userId: person.id })) } },
          updates: {
            create: {
              authorId: actor.id,
              toStatus: "OPEN",
              body: `Assigned to ${listNames(assignees.map((person) => person.name))}.`,
            },
          },
        },
        select: { id: true, answerId: true, postId: true, commentId: true },
      });
      const recipients = await createNotifications(
        tx,
        assignees.map((person) => ({
          recipientId: person.id,
          type: "ACTION_ASSIGNED" as const,
          actorId: actor.id,
          actionItemId: item.id,
          groupKey: actionGroupKey.assigned(item.id),
        })),
      );
      return { item, recipients };
    });

    publishActionItemEvent(afterCommit, "actionItem.created", item);
    afterCommit(() => publishNotifications(recipients));
    return { id: item.id };
  },
});

/** "Kees", "Kees and Lotte", "Kees, Lotte and Jan". */
export function listNames(names: string[]): string {
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}
