import "server-only";
import { z } from "zod";
import { canEditContent } from "@/lib/auth/permissions";
import { defineUseCase } from "@/lib/auth/use-case";
import { firstLinkUrl } from "@/lib/content/extract";
import { renderMarkdown } from "@/lib/content/render-markdown";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { attachLinkPreviewLater } from "@/lib/posts/attach-link-preview";
import { ZPostBody } from "@/lib/posts/post-input";
import { resolveMentions } from "@/lib/posts/resolve-mentions";
import { postAudienceRooms, postAudienceSelect, visiblePostWhere } from "@/lib/posts/visibility";
import { enforceWriteLimit } from "@/lib/rate-limit-guard";
import { ZId } from "@/lib/id";

export const ZUpdatePostInput = z.object({ postId: ZId, body: ZPostBody });

/** The author rewrites their post; the previous text is kept as a revision for moderators. */
export const updatePost = defineUseCase({
  input: ZUpdatePostInput,
  permission: "posts.create",
  run: async ({ actor, input, afterCommit }) => {
    await enforceWriteLimit("post", actor.id);
    const updated = await db.$transaction(async (tx) => {
      const post = await tx.post.findFirst({
        where: { AND: [{ id: input.postId }, visiblePostWhere(actor)] },
        select: { id: true, authorId: true, body: true, linkUrl: true, ...postAudienceSelect },
      });
      if (!post || !canEditContent(actor, post.authorId))
        throw new AppError("NOT_FOUND", "That post does not exist or is not yours to edit.");
      if (post.body === input.body) return { id: post.id, linkUrl: post.linkUrl, linkChanged: false, audience: post };
      const mentions = await resolveMentions(tx, input.body);
      const linkUrl = firstLinkUrl(input.body);
      await tx.postRevision.create({ data: { postId: post.id, body: post.body, editorId: actor.id } });
      await tx.post.update({
        where: { id: post.id },
        data: {
          body: input.body,
          bodyHtml: renderMarkdown(input.body, { mentions }),
          editedAt: new Date(),
          linkUrl,
          ...(linkUrl !== post.linkUrl && { linkPreviewId: null }),
        },
      });
      return { id: post.id, linkUrl, linkChanged: linkUrl !== post.linkUrl, audience: post };
    });
    afterCommit.publish(postAudienceRooms(updated.audience), { type: "post.updated", postId: updated.id });
    if (updated.linkChanged && updated.linkUrl) attachLinkPreviewLater(updated.id, updated.linkUrl);
    return { id: updated.id };
  },
});
