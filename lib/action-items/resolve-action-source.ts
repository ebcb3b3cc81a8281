import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { shownCommentWhere, visiblePostWhere } from "@/lib/posts/visibility";

export type ActionSourceInput = { answerId?: string; postId?: string; commentId?: string };
export type ActionSource = {
  answerId: string | null;
  postId: string | null;
  commentId: string | null;
  sourceId: string | null;
};

/**
 * The item's source, checked: it must exist and be visible to the assigner (a post or comment by the
 * visibility rule of lib/posts/visibility.ts, an answer while its question is shown). A wrong id finds nothing: NOT_FOUND,
 * whether it never existed or is hidden.
 */
export async function resolveActionSource(tx: Tx, actor: Actor, input: ActionSourceInput): Promise<ActionSource> {
  const given = [input.answerId, input.postId, input.commentId].filter(Boolean);
  if (given.length > 1)
    throw new AppError("BAD_INPUT", "An action item comes from one answer, post or comment, not several.", {
      source: "Choose one source",
    });
  if (input.answerId) {
    const answer = await tx.answer.findFirst({
      where: { id: input.answerId, question: { hiddenAt: null, withdrawnAt: null } },
      select: { id: true },
    });
    if (!answer) throw new AppError("NOT_FOUND", "That answer does not exist or is no longer shown.");
    return { answerId: answer.id, postId: null, commentId: null, sourceId: answer.id };
  }
  if (input.postId) {
    const post = await tx.post.findFirst({
      where: { AND: [{ id: input.postId }, visiblePostWhere(actor)] },
      select: { id: true },
    });
    if (!post) throw new AppError("NOT_FOUND", "That post does not exist or was removed.");
    return { answerId: null, postId: post.id, commentId: null, sourceId: post.id };
  }
  if (input.commentId) {
    const comment = await tx.comment.findFirst({
      where: { id: input.commentId, ...shownCommentWhere(actor) },
      select: { id: true },
    });
    if (!comment) throw new AppError("NOT_FOUND", "That comment does not exist or was removed.");
    return { answerId: null, postId: null, commentId: comment.id, sourceId: comment.id };
  }
  return { answerId: null, postId: null, commentId: null, sourceId: null };
}

/** The source id an item's events carry, so that chips under that answer, post or comment refresh. */
export function sourceIdOf(item: {
  answerId: string | null;
  postId: string | null;
  commentId: string | null;
}): string | null {
  return item.answerId ?? item.postId ?? item.commentId;
}
