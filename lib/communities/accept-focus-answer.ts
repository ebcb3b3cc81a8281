import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { requireModeratedCommunity } from "@/lib/communities/access";
import { publishFocusChange } from "@/lib/communities/focus-writes";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { ZId } from "@/lib/id";

/** A moderator marks the accepted answer of a focus item (or clears it with accepted: false). */
export const acceptFocusAnswer = defineUseCase({
  input: z.object({ answerId: ZId, accepted: z.boolean().default(true) }),
  permission: "communities.read",
  run: async ({ actor, input, afterCommit }) => {
    const result = await db.$transaction(async (tx) => {
      const answer = await tx.focusAnswer.findFirst({
        where: { id: input.answerId, removedAt: null, item: { removedAt: null } },
        select: { id: true, item: { select: { id: true, communityId: true } } },
      });
      if (!answer) throw new AppError("NOT_FOUND", "That answer does not exist.");
      const { community } = await requireModeratedCommunity(tx, actor, answer.item.communityId);
      if (community.archivedAt)
        throw new AppError("FORBIDDEN", "This community is archived: it can be read but not changed.");
      await tx.focusItem.update({
        where: { id: answer.item.id },
        data: input.accepted
          ? { acceptedAnswerId: answer.id, acceptedAt: new Date() }
          : { acceptedAnswerId: null, acceptedAt: null },
      });
      await tx.auditEntry.create({
        data: {
          actorId: actor.id,
          action: input.accepted ? "community.focus.accepted" : "community.focus.unaccepted",
          targetType: "FocusAnswer",
          targetId: answer.id,
          communityId: community.id,
        },
      });
      return { community, itemId: answer.item.id };
    });
    afterCommit(() => publishFocusChange(result.community, result.itemId));
    return { accepted: input.accepted };
  },
});
