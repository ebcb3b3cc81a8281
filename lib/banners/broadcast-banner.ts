import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { db } from "@/lib/db";
import { rooms } from "@/lib/realtime/events";
import { ZId } from "@/lib/id";

export const ZBroadcastBannerInput = z.object({
  message: z
    .string()
    .trim()
    .min(3, "Message needs at least 3 characters")
    .max(280, "Message can be at most 280 characters"),
  tone: z.enum(["INFO", "CELEBRATION", "WARNING"], { error: "Choose a tone" }).default("INFO"),
  days: z.coerce
    .number({ error: "Show for must be a number of days" })
    .int()
    .min(1, "Show for at least 1 day")
    .max(30, "Show for at most 30 days")
    .default(3),
});

/** An admin's message to everyone signed in; it appears live at the top of every open Hearth. */
export const broadcastBanner = defineUseCase({
  input: ZBroadcastBannerInput,
  permission: "banners.broadcast",
  run: async ({ actor, input, afterCommit }) => {
    const banner = await db.$transaction(async (tx) => {
      const created = await tx.banner.create({
        data: {
          message: input.message,
          tone: input.tone,
          authorId: actor.id,
          endsAt: new Date(Date.now() + input.days * 86_400_000),
        },
        select: { id: true },
      });
      await tx.auditEntry.create({
        data: {
          actorId: actor.id,
          action: "banner.broadcast",
          targetType: "Banner",
          targetId: created.id,
          data: { tone: input.tone, days: input.days },
        },
      });
      return created;
    });
    afterCommit.publish(rooms.everyone, { type: "banner.changed", bannerId: banner.id });
    return banner;
  },
});

export const clearBanner = defineUseCase({
  input: z.object({ bannerId: ZId }),
  permission: "banners.broadcast",
  run: async ({ actor, input, afterCommit }) => {
    const cleared = await db.$transaction(async (tx) => {
      const { count } = await tx.banner.updateMany({
        where: { id: input.bannerId, clearedAt: null },
        data: { clearedAt: new Date() },
      });
      if (count > 0) {
        await tx.auditEntry.create({
          data: { actorId: actor.id, action: "banner.cleared", targetType: "Banner", targetId: input.bannerId },
        });
      }
      return count > 0;
    });
    if (cleared) afterCommit.publish(rooms.everyone, { type: "banner.changed", bannerId: input.bannerId });
    return { cleared };
  },
});
