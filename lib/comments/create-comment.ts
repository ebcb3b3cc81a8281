import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { requireCanWriteInCommunity } from "@/lib/communities/access";
import { renderMarkdown } from "@/lib/content/render-markdown";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createNotifications, publishNotifications, type NewNotification } from "@/lib/notifications/notify";
import { resolveMentions } from "@/lib/posts/resolve-mentions";
import { requireVisiblePost } from "@/lib/posts/require-visible-post";
import { postAudienceRooms } from "@/lib/posts/visibility";
import { enforceWriteLimit } from "@/lib/rate-limit-guard";
import { ZId } from "@/lib/id";

export const COMMENT_MAX_LENGTH = 2000;

export const ZCreateCommentInput = z.object({
  postId: ZId,
  parentId: z
    .string()
    .max(40)
    .optional()
    .transform((value) => value || undefined),
  body: z
    .string({ error: "Write a comment first" })
    .trim()
    .min(1, "Write a comment first")
    .max(COMMENT_MAX_LENGTH, `Comments can be at most ${COMMENT_MAX_LENGTH} characters`),
});

export const createComment = defineUseCase({
  input: ZCreateCommentInput,
  permission: "comments.create",
  run: async ({ actor, input, afterCommit }) => {
    await enforceWriteLimit("comment", actor.id);
    const { comment, post, recipients } = await db.$transaction(async (tx) => {
      const post = await requireVisiblePost(tx, actor, input.postId);
      if (post.communityId) await requireCanWriteInCommunity(tx, actor, post.communityId);

      // One level of replies: answering a reply files the answer under the same top-level comment,
      // and the person answered is the one notified.
      let parentId: string | null = null;
      let answeredAuthorId: string | null = null;
      if (input.parentId) {
        // FOR SHARE: a concurrent delete of this comment waits for the reply (and then removes it too),
        // or wins first and the reply finds nothing; no reply is left orphaned.
        const [found] = await tx.$queryRaw<{ id: string; authorId: string; parentId: string | null }[]>`
          select id, "authorId", "parentId" from "Comment"
          where id = ${input.parentId} and "postId" = ${post.id} and "deletedAt" is null and "removedAt" is null and "hiddenAt" is null
          for share`;
        if (!found) throw new AppError("NOT_FOUND", "The comment you are replying to was removed.");
        parentId = found.parentId ?? found.id;
        answeredAuthorId = found.authorId;
      }

      const mentions = await resolveMentions(tx, input.body);
      const comment = await tx.comment.create({
        data: {
          postId: post.id,
          authorId: actor.id,
          parentId,
          body: input.body,
          bodyHtml: renderMarkdown(input.body, { mentions }),
        },
        select: { id: true },
      });
      await tx.post.update({ where: { id: post.id }, data: { commentCount: { increment: 1 } } });

      // Most specific first: a mention beats a reply beats "commented on your post" for one person.
      const notifications: NewNotification[] = [
        ...[...mentions.values()].map((person) => ({
          recipientId: person.id,
          type: "MENTION" as const,
          actorId: actor.id,
          postId: post.id,
          commentId: comment.id,
          groupKey: `mention:${comment.id}`,
        })),
        ...(answeredAuthorId
          ? [
              {
                recipientId: answeredAuthorId,
                type: "REPLY" as const,
                actorId: actor.id,
                postId: post.id,
                commentId: comment.id,
                groupKey: `reply:${parentId}`,
              },
            ]
          : []),
        {
          recipientId: post.authorId,
          type: "COMMENT",
          actorId: actor.id,
          postId: post.id,
          commentId: comment.id,
          groupKey: `comment:${post.id}`,
        },
      ];
      return { comment, post, recipients: await createNotifications(tx, notifications) };
    });
    afterCommit.publish(postAudienceRooms(post), { type: "comment.created", postId: post.id, commentId: comment.id });
    afterCommit(() => publishNotifications(recipients));
    return { id: comment.id };
  },
});
