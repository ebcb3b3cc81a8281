import "server-only";
import { defineUseCase } from "@/lib/auth/use-case";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { publishContentChange, putBackContent, type ModeratedContent } from "@/lib/moderation/content-moderation";
import { RESTORE_WINDOW_DAYS, ZContentRef, type ContentRef } from "@/lib/moderation/moderation-input";
import { enforceWriteLimit } from "@/lib/rate-limit-guard";

const DAY_MS = 86_400_000;

/** When the content was taken down, locked; null when it is not hidden or removed (or the author deleted it). */
async function lockTakenDown(tx: Tx, ref: ContentRef): Promise<(ModeratedContent & { takenDownAt: Date }) | null> {
  if (ref.targetType === "POST") {
    const [post] = await tx.$queryRaw<
      { id: string; authorId: string; communityId: string | null; takenDownAt: Date }[]
    >`
      select id, "authorId", "communityId", coalesce("removedAt", "hiddenAt") as "takenDownAt" from "Post"
      where id = ${ref.targetId} and "deletedAt" is null and ("removedAt" is not null or "hiddenAt" is not null)
      for update`;
    return post ? { targetType: "POST", postId: post.id, ...post } : null;
  }
  const [comment] = await tx.$queryRaw<
    { id: string; postId: string; authorId: string; communityId: string | null; takenDownAt: Date }[]
  >`
    select c.id, c."postId", c."authorId", p."communityId", coalesce(c."removedAt", c."hiddenAt") as "takenDownAt"
    from "Comment" c join "Post" p on p.id = c."postId"
    where c.id = ${ref.targetId} and c."deletedAt" is null and (c."removedAt" is not null or c."hiddenAt" is not null)
    for update of c`;
  return comment ? { targetType: "COMMENT", ...comment } : null;
}

/**
 * Admins put removed or hidden content back within 30 days of its removal; after that the server refuses,
 * whatever the screen offered. Audited; viewers get it back live.
 */
export const restoreContent = defineUseCase({
  input: ZContentRef,
  permission: "moderation.restore",
  run: async ({ actor, input, afterCommit }) => {
    await enforceWriteLimit("moderation", actor.id);
    const content = await db.$transaction(async (tx) => {
      const content = await lockTakenDown(tx, input);
      if (!content) throw new AppError("NOT_FOUND", "That content is not removed, or it no longer exists.");
      if (Date.now() - content.takenDownAt.getTime() > RESTORE_WINDOW_DAYS * DAY_MS) {
        throw new AppError(
          "CONFLICT",
          `Removed content can only be restored within ${RESTORE_WINDOW_DAYS} days; this was removed longer ago.`,
        );
      }
      await putBackContent(tx, content);
      await tx.auditEntry.create({
        data: {
          actorId: actor.id,
          action: `${content.targetType === "POST" ? "post" : "comment"}.restored`,
          targetType: content.targetType === "POST" ? "Post" : "Comment",
          targetId: content.id,
          communityId: content.communityId,
          data: { authorId: content.authorId, postId: content.postId },
        },
      });
      return content;
    });
    afterCommit(() => publishContentChange(content, "back"));
    return { id: content.id };
  },
});
