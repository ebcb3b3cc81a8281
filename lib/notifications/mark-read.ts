import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { db } from "@/lib/db";
import { rooms } from "@/lib/realtime/events";

/** Marks one group (or, without a groupKey, everything) read for the actor, and tells their other tabs. */
export const markNotificationsRead = defineUseCase({
  input: z.object({ groupKey: z.string().min(1).max(120).optional() }),
  permission: "notifications.read",
  run: async ({ actor, input, afterCommit }) => {
    const { count } = await db.notification.updateMany({
      where: { recipientId: actor.id, readAt: null, ...(input.groupKey && { groupKey: input.groupKey }) },
      data: { readAt: new Date() },
    });
    if (count > 0) afterCommit.publish(rooms.user(actor.id), { type: "notification.read" });
    return { count };
  },
});
