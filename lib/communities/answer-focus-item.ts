import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { FOCUS_ANSWER_MAX } from "@/lib/communities/community-input";
import { publishFocusChange, requireWritableFocusItem } from "@/lib/communities/focus-writes";
import { renderMarkdown } from "@/lib/content/render-markdown";
import { db } from "@/lib/db";
import { enforceWriteLimit } from "@/lib/rate-limit-guard";
import { ZId } from "@/lib/id";

/** A member answers a focus item in its own thread (e.g. a rebuttal to an objection). */
export const answerFocusItem = defineUseCase({
  input: z.object({
    itemId: ZId,
    body: z
      .string({ error: "Write your answer first" })
      .trim()
      .min(1, "Write your answer first")
      .max(FOCUS_ANSWER_MAX, `Answers can be at most ${FOCUS_ANSWER_MAX} characters`),
  }),
  permission: "communities.read",
  run: async ({ actor, input, afterCommit }) => {
    await enforceWriteLimit("focus", actor.id);
    const result = await db.$transaction(async (tx) => {
      const { item, community } = await requireWritableFocusItem(tx, actor, input.itemId);
      const answer = await tx.focusAnswer.create({
        data: { itemId: item.id, authorId: actor.id, body: input.body, bodyHtml: renderMarkdown(input.body) },
        select: { id: true },
      });
      await tx.focusItem.update({ where: { id: item.id }, data: { answerCount: { increment: 1 } } });
      await tx.community.update({ where: { id: community.id }, data: { lastActivityAt: new Date() } });
      return { answer, item, community };
    });
    afterCommit(() => publishFocusChange(result.community, result.item.id));
    return { id: result.answer.id };
  },
});
