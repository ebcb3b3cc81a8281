import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { requireCanWriteInCommunity, requireVisibleCommunity } from "@/lib/communities/access";
import { FOCUS_BODY_MAX, FOCUS_TITLE_MAX } from "@/lib/communities/community-input";
import { publishFocusChange } from "@/lib/communities/focus-writes";
import { renderMarkdown } from "@/lib/content/render-markdown";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { enforceWriteLimit } from "@/lib/rate-limit-guard";
import { ZId } from "@/lib/id";

/** A member proposes an item for the focus board (e.g. one buyer objection). */
export const proposeFocusItem = defineUseCase({
  input: z.object({
    communityId: ZId,
    title: z
      .string({ error: "Write the item first" })
      .trim()
      .min(3, "Title needs at least 3 characters")
      .max(FOCUS_TITLE_MAX, `Title can be at most ${FOCUS_TITLE_MAX} characters`),
    body: z.string().trim().max(FOCUS_BODY_MAX, `Details can be at most ${FOCUS_BODY_MAX} characters`).default(""),
  }),
  permission: "communities.read",
  run: async ({ actor, input, afterCommit }) => {
    await enforceWriteLimit("focus", actor.id);
    const { item, community } = await db.$transaction(async (tx) => {
      const { community } = await requireVisibleCommunity(tx, actor, { id: input.communityId });
      await requireCanWriteInCommunity(tx, actor, community.id);
      const purpose = await tx.community.findUniqueOrThrow({
        where: { id: community.id },
        select: { purposeGoal: true },
      });
      if (!purpose.purposeGoal) throw new AppError("BAD_INPUT", "This community has no purpose, so no focus board.");
      const item = await tx.focusItem.create({
        data: {
          communityId: community.id,
          authorId: actor.id,
          title: input.title,
          body: input.body,
          bodyHtml: input.body ? renderMarkdown(input.body) : "",
        },
        select: { id: true },
      });
      await tx.community.update({ where: { id: community.id }, data: { lastActivityAt: new Date() } });
      return { item, community };
    });
    afterCommit(() => publishFocusChange(community, item.id));
    return { id: item.id };
  },
});
