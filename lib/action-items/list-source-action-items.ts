import "server-only";
import { z } from "zod";
import { loadActionItemChips, type ActionItemChip } from "@/lib/action-items/action-item-chip";
import { can } from "@/lib/auth/permissions";
import { defineUseCase } from "@/lib/auth/use-case";
import { db } from "@/lib/db";
import { requireVisiblePost } from "@/lib/posts/require-visible-post";
import { ZId } from "@/lib/id";

const emptyToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);

export const ZListSourceActionItemsInput = z
  .object({
    answerId: z.preprocess(emptyToUndefined, ZId.optional()),
    postId: z.preprocess(emptyToUndefined, ZId.optional()),
    // Every comment of this post at once: one request for a whole thread, not one per comment.
    commentsOfPostId: z.preprocess(emptyToUndefined, ZId.optional()),
  })
  .refine((input) => [input.answerId, input.postId, input.commentsOfPostId].filter(Boolean).length === 1, {
    message: "Name one answer, post or post's comments",
    path: ["source"],
  });

export type SourceActionItems = { items: ActionItemChip[]; canAssign: boolean };

/** The action items made from an answer, a post, or the comments of a post, for the chips shown under them. */
export const listSourceActionItems = defineUseCase({
  input: ZListSourceActionItemsInput,
  permission: "actionItems.read",
  run: async ({ actor, input }): Promise<SourceActionItems> => {
    const canAssign = can(actor, "actionItems.assign");
    if (input.answerId) {
      // Under a question nobody may see any more, there is nothing to show either.
      const shown = await db.answer.count({
        where: { id: input.answerId, question: { hiddenAt: null, withdrawnAt: null } },
      });
      return { items: shown ? await loadActionItemChips({ answerIds: [input.answerId] }) : [], canAssign };
    }
    const postId = (input.postId ?? input.commentsOfPostId)!;
    await requireVisiblePost(db, actor, postId);
    const items = input.postId
      ? await loadActionItemChips({ postIds: [postId] })
      : await loadActionItemChips({ commentsOfPostId: postId });
    return { items, canAssign };
  },
});
