import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { db } from "@/lib/db";
import { requireVisiblePost } from "@/lib/posts/require-visible-post";
import { shownCommentWhere } from "@/lib/posts/visibility";
import { commentSelect, toCommentView } from "@/lib/comments/comment-view";
import { mayModeratePost } from "@/lib/moderation/may-moderate-post";
import { ZId } from "@/lib/id";

const MAX_COMMENTS = 300;

/** A post's conversation, oldest first, replies under their comment. Four small queries. */
export const listComments = defineUseCase({
  input: z.object({ postId: ZId }),
  permission: "posts.read",
  run: async ({ actor, input }) => {
    const post = await requireVisiblePost(db, actor, input.postId);
    const canModerate = await mayModeratePost(actor, post.id);
    const rows = await db.comment.findMany({
      // Deleted by the author, removed or hidden by a moderator: gone for everyone (a removed comment's replies go with it).
      where: { postId: post.id, ...shownCommentWhere(actor) },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: MAX_COMMENTS,
      select: commentSelect,
    });
    const replies = new Map<string, typeof rows>();
    for (const row of rows) if (row.parentId) replies.set(row.parentId, [...(replies.get(row.parentId) ?? []), row]);
    return rows
      .filter((row) => !row.parentId)
      .map((row) =>
        toCommentView(
          actor,
          row,
          (replies.get(row.id) ?? []).map((reply) => toCommentView(actor, reply, [], canModerate)),
          canModerate,
        ),
      );
  },
});
