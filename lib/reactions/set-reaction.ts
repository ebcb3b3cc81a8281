import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createNotifications, publishNotifications } from "@/lib/notifications/notify";
import { requireVisiblePost } from "@/lib/posts/require-visible-post";
import { postAudienceRooms } from "@/lib/posts/visibility";
import { REACTION_COUNT_FIELDS, REACTION_KINDS } from "@/lib/reactions/reaction-counts";
import { enforceWriteLimit } from "@/lib/rate-limit-guard";
import { ZId } from "@/lib/id";

export const ZSetReactionInput = z.object({
  postId: ZId,
  kind: z.enum(REACTION_KINDS, { error: "Choose a reaction" }),
  active: z.boolean(),
});

/**
 * Sets one reaction on or off. Idempotent and race-safe: the unique (post, user, kind) row decides,
 * and the stored counts (all, and this kind's) move only when a row was really inserted or deleted, in the same transaction.
 */
export const setReaction = defineUseCase({
  input: ZSetReactionInput,
  permission: "reactions.set",
  run: async ({ actor, input, afterCommit }) => {
    await enforceWriteLimit("reaction", actor.id);
    const { post, changed, recipients } = await db.$transaction(async (tx) => {
      const post = await requireVisiblePost(tx, actor, input.postId);
      if (post.community?.archivedAt)
        throw new AppError("FORBIDDEN", "This community is archived: it can be read but not reacted to.");
      const key = { postId: post.id, userId: actor.id, kind: input.kind };
      const { count } = input.active
        ? await tx.reaction.createMany({ data: [key], skipDuplicates: true })
        : await tx.reaction.deleteMany({ where: key });
      if (count === 0) return { post, changed: false, recipients: [] };
      const by = input.active ? count : -count;
      await tx.post.update({
        where: { id: post.id },
        data: { reactionCount: { increment: by }, [REACTION_COUNT_FIELDS[input.kind]]: { increment: by } },
      });

      let recipients: string[] = [];
      if (input.active) {
        // One notification per person per post, however often they toggle.
        const groupKey = `reaction:${post.id}`;
        const already = await tx.notification.findFirst({
          where: { recipientId: post.authorId, groupKey, actorId: actor.id },
          select: { id: true },
        });
        if (!already)
          recipients = await createNotifications(tx, [
            { recipientId: post.authorId, type: "REACTION", actorId: actor.id, postId: post.id, groupKey },
          ]);
      }
      return { post, changed: true, recipients };
    });
    if (changed) afterCommit.publish(postAudienceRooms(post), { type: "reaction.changed", postId: post.id });
    afterCommit(() => publishNotifications(recipients));
    return { changed };
  },
});
