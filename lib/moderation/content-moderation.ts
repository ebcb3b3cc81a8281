import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createNotifications } from "@/lib/notifications/notify";
import type { ContentRef } from "@/lib/moderation/moderation-input";
import { postAudienceRooms, postAudienceSelect, shownContentWhere } from "@/lib/posts/visibility";
import { publish } from "@/lib/realtime/publish";

// The writes behind "hide" and "remove", shared by the report queue and the direct "Remove with reason".
// Callers run them inside their transaction and publish after commit.

export type ModeratedContent = {
  targetType: "POST" | "COMMENT";
  id: string;
  postId: string;
  authorId: string;
  communityId: string | null;
};

/** The content if it is still shown (not deleted, removed or hidden), locked against a racing moderator. */
export async function lockShownContent(tx: Tx, ref: ContentRef): Promise<ModeratedContent> {
  if (ref.targetType === "POST") {
    const [post] = await tx.$queryRaw<{ id: string; authorId: string; communityId: string | null }[]>`
      select id, "authorId", "communityId" from "Post"
      where id = ${ref.targetId} and "deletedAt" is null and "removedAt" is null and "hiddenAt" is null
      for update`;
    if (!post) throw new AppError("NOT_FOUND", "That post does not exist or was already removed.");
    return { targetType: "POST", id: post.id, postId: post.id, authorId: post.authorId, communityId: post.communityId };
  }
  const [comment] = await tx.$queryRaw<{ id: string; postId: string; authorId: string; communityId: string | null }[]>`
    select c.id, c."postId", c."authorId", p."communityId" from "Comment" c join "Post" p on p.id = c."postId"
    where c.id = ${ref.targetId} and c."deletedAt" is null and c."removedAt" is null and c."hiddenAt" is null
    for update of c`;
  if (!comment) throw new AppError("NOT_FOUND", "That comment does not exist or was already removed.");
  return { targetType: "COMMENT", ...comment };
}

/**
 * A comment leaving (or returning to) the thread takes its shown replies with it, so the post's stored
 * count keeps equalling the comments people can see.
 */
async function shownCommentWeight(tx: Tx, commentId: string): Promise<number> {
  const replies = await tx.comment.count({ where: { parentId: commentId, ...shownContentWhere } });
  return 1 + replies;
}

/**
 * Hides (pending review, the author is not told) or removes (the author is told why) shown content.
 * Restorable by admins for 30 days. Returns the recipients to publish notifications to.
 */
export async function takeDownContent(
  tx: Tx,
  actor: Actor,
  content: ModeratedContent,
  { mode, reason }: { mode: "hide" | "remove"; reason: string },
): Promise<string[]> {
  const now = new Date();
  const data =
    mode === "hide"
      ? { hiddenAt: now, removedReason: reason, removedById: actor.id }
      : { removedAt: now, removedReason: reason, removedById: actor.id };
  if (content.targetType === "POST") {
    await tx.post.update({ where: { id: content.id }, data });
  } else {
    const weight = await shownCommentWeight(tx, content.id);
    await tx.comment.update({ where: { id: content.id }, data });
    await tx.post.update({ where: { id: content.postId }, data: { commentCount: { decrement: weight } } });
  }
  const noun = content.targetType === "POST" ? "post" : "comment";
  await tx.auditEntry.create({
    data: {
      actorId: actor.id,
      action: `${noun}.${mode === "hide" ? "hidden" : "removed"}`,
      targetType: content.targetType === "POST" ? "Post" : "Comment",
      targetId: content.id,
      communityId: content.communityId,
      reason,
      data: { authorId: content.authorId, postId: content.postId },
    },
  });
  if (mode === "hide") return [];
  return createNotifications(tx, [
    {
      recipientId: content.authorId,
      type: "CONTENT_REMOVED",
      actorId: null,
      postId: content.postId,
      commentId: content.targetType === "COMMENT" ? content.id : undefined,
      communityId: content.communityId ?? undefined,
      detail: `Your ${noun} was removed by a moderator. Reason: ${reason}`,
      groupKey: `removed:${content.id}`,
    },
  ]);
}

/** Puts hidden or removed content back; the caller has checked the window. */
export async function putBackContent(tx: Tx, content: ModeratedContent): Promise<void> {
  const data = { hiddenAt: null, removedAt: null, removedReason: "", removedById: null };
  if (content.targetType === "POST") {
    await tx.post.update({ where: { id: content.id }, data });
    return;
  }
  await tx.comment.update({ where: { id: content.id }, data });
  await tx.post.update({
    where: { id: content.postId },
    data: { commentCount: { increment: await shownCommentWeight(tx, content.id) } },
  });
}

/** After commit: viewers' feeds and threads drop (or regain) the content live, through the existing events. */
export async function publishContentChange(
  content: Pick<ModeratedContent, "targetType" | "id" | "postId">,
  change: "gone" | "back",
): Promise<void> {
  const audience = await db.post.findUnique({ where: { id: content.postId }, select: postAudienceSelect });
  if (!audience) return;
  const rooms = postAudienceRooms(audience);
  if (content.targetType === "POST")
    publish(rooms, { type: change === "gone" ? "post.deleted" : "post.updated", postId: content.id });
  else
    publish(rooms, {
      type: change === "gone" ? "comment.deleted" : "comment.created",
      postId: content.postId,
      commentId: content.id,
    });
}
