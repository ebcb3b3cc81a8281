import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { publishFocusChange, requireWritableFocusItem } from "@/lib/communities/focus-writes";
import { db } from "@/lib/db";
import { enforceWriteLimit } from "@/lib/rate-limit-guard";
import { ZId } from "@/lib/id";

/**
 * One vote per member per item, on or off. Race-safe: the (item, user) key decides, and the stored count
 * moves only when a row was really inserted or deleted, in the same transaction.
 */
export const setFocusVote = defineUseCase({
  input: z.object({ itemId: ZId, active: z.boolean() }),
  permission: "communities.read",
  run: async ({ actor, input, afterCommit }) => {
    await enforceWriteLimit("vote", actor.id);
    const result = await db.$transaction(async (tx) => {
      const { item, community } = await requireWritableFocusItem(tx, actor, input.itemId);
      const key = { itemId: item.id, userId: actor.id };
      const { count } = input.active
        ? await tx.focusVote.createMany({ data: [key], skipDuplicates: true })
        : await tx.focusVote.deleteMany({ where: key });
      if (count > 0)
        await tx.focusItem.update({
          where: { id: item.id },
          data: { voteCount: { increment: input.active ? count : -count } },
        });
      return { item, community, changed: count > 0 };
    });
    if (result.changed) afterCommit(() => publishFocusChange(result.community, result.item.id));
    return { changed: result.changed };
  },
});
