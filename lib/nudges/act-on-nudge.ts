import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { ZId } from "@/lib/id";
import { rooms } from "@/lib/realtime/events";

export const SNOOZE_DAYS = 7;

/**
 * The recipient acts on their own nudge: "act" (they followed it; returns where to go), "snooze" (a week),
 * "stop" (don't remind me about this again). Someone else's nudge is not found. Its notification is read.
 */
export const actOnNudge = defineUseCase({
  input: z.object({ nudgeId: ZId, action: z.enum(["act", "snooze", "stop"]) }),
  permission: "notifications.configure",
  run: async ({ actor, input, afterCommit }) => {
    const now = new Date();
    const href = await db.$transaction(async (tx) => {
      const nudge = await tx.nudge.findFirst({
        where: { id: input.nudgeId, recipientId: actor.id },
        select: { id: true, kind: true, subjectKey: true, href: true },
      });
      if (!nudge) throw new AppError("NOT_FOUND", "That suggestion does not exist.");
      if (input.action === "act") {
        await tx.nudge.update({ where: { id: nudge.id }, data: { doneAt: now } });
      } else if (input.action === "snooze") {
        await tx.nudge.update({
          where: { id: nudge.id },
          data: { snoozedUntil: new Date(now.getTime() + SNOOZE_DAYS * 86_400_000) },
        });
      } else {
        await tx.nudgeStop.createMany({
          data: [{ recipientId: actor.id, kind: nudge.kind, subjectKey: nudge.subjectKey }],
          skipDuplicates: true,
        });
        await tx.nudge.update({ where: { id: nudge.id }, data: { doneAt: now } });
      }
      await tx.notification.updateMany({
        where: { recipientId: actor.id, nudgeId: nudge.id, readAt: null },
        data: { readAt: now },
      });
      return nudge.href;
    });
    afterCommit.publish(rooms.user(actor.id), { type: "notification.read" });
    return { href };
  },
});
