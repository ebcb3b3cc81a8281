import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/permissions";
import { defineUseCase } from "@/lib/auth/use-case";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createNotifications, publishNotifications } from "@/lib/notifications/notify";
import { requireVisiblePost } from "@/lib/posts/require-visible-post";
import { postAudienceRooms, shownCommentWhere } from "@/lib/posts/visibility";
import { enforceWriteLimit } from "@/lib/rate-limit-guard";
import { ZId } from "@/lib/id";

export const APPRECIATION_MAX_LENGTH = 280;

export const ZSetAppreciationInput = z
  .object({
    postId: ZId.optional(),
    commentId: ZId.optional(),
    message: z
      .string()
      .trim()
      .max(APPRECIATION_MAX_LENGTH, `Thank-you message can be at most ${APPRECIATION_MAX_LENGTH} characters`)
      .default(""),
    active: z.boolean(),
  })
  .refine((input) => Boolean(input.postId) !== Boolean(input.commentId), {
    message: "Thank either a post or a comment",
    path: ["postId"],
  });

/** The appreciated item, if the leader may see it: a visible post, or a live comment on one. */
async function requireTarget(tx: Tx, actor: Actor, input: { postId?: string; commentId?: string }) {
  if (input.postId) {
    const post = await requireVisiblePost(tx, actor, input.postId);
    return { postId: post.id, authorId: post.authorId, audience: post, key: { postId: post.id } };
  }
  const comment = await tx.comment.findFirst({
    where: { id: input.commentId, ...shownCommentWhere(actor) },
    select: { id: true, postId: true, authorId: true },
  });
  if (!comment) throw new AppError("NOT_FOUND", "That comment does not exist or was removed.");
  const post = await requireVisiblePost(tx, actor, comment.postId);
  return { postId: comment.postId, authorId: comment.authorId, audience: post, key: { commentId: comment.id } };
}

/**
 * A leader's visible thank-you on a post or comment, or its withdrawal. One per leader per item, race-safe:
 * the unique (leader, post|comment) key decides and only a real insert notifies the author.
 */
export const setAppreciation = defineUseCase({
  input: ZSetAppreciationInput,
  permission: "appreciation.give",
  run: async ({ actor, input, afterCommit }) => {
    await enforceWriteLimit("reaction", actor.id);
    const { target, changed, recipients } = await db.$transaction(async (tx) => {
      const target = await requireTarget(tx, actor, input);
      const row = { leaderId: actor.id, ...target.key };
      const { count } = input.active
        ? await tx.appreciation.createMany({ data: [{ ...row, message: input.message }], skipDuplicates: true })
        : await tx.appreciation.deleteMany({ where: row });
      if (count === 0 || !input.active) return { target, changed: count > 0, recipients: [] };
      const recipients = await createNotifications(tx, [
        {
          recipientId: target.authorId,
          type: "APPRECIATED",
          actorId: actor.id,
          postId: target.postId,
          commentId: target.key.commentId,
          detail: input.message,
          groupKey: `appreciation:${target.key.commentId ?? target.postId}`,
        },
      ]);
      return { target, changed: true, recipients };
    });
    if (changed)
      afterCommit.publish(postAudienceRooms(target.audience), { type: "appreciation.changed", postId: target.postId });
    afterCommit(() => publishNotifications(recipients));
    return { changed };
  },
});
