import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createNotifications, publishNotifications } from "@/lib/notifications/notify";
import { enforceWriteLimit } from "@/lib/rate-limit-guard";
import { ZId } from "@/lib/id";

export const ZSetFollowInput = z.object({ userId: ZId, following: z.boolean() });

/** Follows or unfollows a person. Idempotent and race-safe on the (follower, followee) key. */
export const setFollow = defineUseCase({
  input: ZSetFollowInput,
  permission: "follows.set",
  run: async ({ actor, input, afterCommit }) => {
    if (input.userId === actor.id) throw new AppError("BAD_INPUT", "You cannot follow yourself.");
    await enforceWriteLimit("follow", actor.id);
    const recipients = await db.$transaction(async (tx) => {
      const person = await tx.user.findFirst({
        where: { id: input.userId, deactivatedAt: null },
        select: { id: true },
      });
      if (!person) throw new AppError("NOT_FOUND", "There is nobody to follow there.");
      const key = { followerId: actor.id, followeeId: person.id };
      if (!input.following) {
        await tx.follow.deleteMany({ where: key });
        return [];
      }
      const { count } = await tx.follow.createMany({ data: [key], skipDuplicates: true });
      if (count === 0) return [];
      const groupKey = `follow:${person.id}`;
      const already = await tx.notification.findFirst({
        where: { recipientId: person.id, groupKey, actorId: actor.id },
        select: { id: true },
      });
      return already
        ? []
        : createNotifications(tx, [{ recipientId: person.id, type: "FOLLOW", actorId: actor.id, groupKey }]);
    });
    afterCommit(() => publishNotifications(recipients));
    return { following: input.following };
  },
});
