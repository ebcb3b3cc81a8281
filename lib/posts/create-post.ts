import "server-only";
import { z } from "zod";
import { can } from "@/lib/auth/permissions";
import { defineUseCase } from "@/lib/auth/use-case";
import { firstLinkUrl } from "@/lib/content/extract";
import { renderMarkdown } from "@/lib/content/render-markdown";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createNotifications, publishNotifications, type NewNotification } from "@/lib/notifications/notify";
import { attachLinkPreviewLater } from "@/lib/posts/attach-link-preview";
import { attachImages, attachVideo } from "@/lib/posts/attach-media";
import { ZPostBody, ZPostImageIds, ZPostVideoId } from "@/lib/posts/post-input";
import { resolveMentions } from "@/lib/posts/resolve-mentions";
import { postAudienceRooms } from "@/lib/posts/visibility";
import { enforceWriteLimit } from "@/lib/rate-limit-guard";
import { publish } from "@/lib/realtime/publish";

const MAX_PIN_DAYS = 90;

export const ZCreatePostInput = z
  .object({
    body: ZPostBody,
    kind: z.enum(["POST", "ANNOUNCEMENT"]).default("POST"),
    pinnedUntil: z.preprocess((value) => (value === "" ? undefined : value), z.coerce.date({ error: "Pin until must be a date" }).optional()),
    imageIds: ZPostImageIds,
    videoId: ZPostVideoId,
  })
  .superRefine((input, ctx) => {
    if (!input.pinnedUntil) return;
    if (input.kind !== "ANNOUNCEMENT") ctx.addIssue({ code: "custom", path: ["pinnedUntil"], message: "Only announcements can be pinned" });
    const now = Date.now();
    if (input.pinnedUntil.getTime() <= now) ctx.addIssue({ code: "custom", path: ["pinnedUntil"], message: "Pin until must be in the future" });
    if (input.pinnedUntil.getTime() > now + MAX_PIN_DAYS * 86_400_000) {
      ctx.addIssue({ code: "custom", path: ["pinnedUntil"], message: `Pin for at most ${MAX_PIN_DAYS} days` });
    }
  });

export type TCreatePostInput = z.input<typeof ZCreatePostInput>;

export const createPost = defineUseCase({
  input: ZCreatePostInput,
  permission: "posts.create",
  run: async ({ actor, input }) => {
    if (input.kind === "ANNOUNCEMENT" && !can(actor, "posts.announce")) {
      throw new AppError("FORBIDDEN", "Only leaders and admins can post announcements.");
    }
    enforceWriteLimit("post", actor.id);

    const { post, recipients } = await db.$transaction(async (tx) => {
      const mentions = await resolveMentions(tx, input.body);
      const post = await tx.post.create({
        data: {
          authorId: actor.id,
          kind: input.kind,
          body: input.body,
          bodyHtml: renderMarkdown(input.body, { mentions }),
          pinnedUntil: input.pinnedUntil ?? null,
          linkUrl: firstLinkUrl(input.body),
        },
        select: { id: true, linkUrl: true },
      });

      await attachImages(tx, actor.id, post.id, input.imageIds);
      await attachVideo(tx, actor.id, post.id, input.videoId);

      const notifications: NewNotification[] = [...mentions.values()].map((person) => ({
        recipientId: person.id,
        type: "MENTION",
        actorId: actor.id,
        postId: post.id,
        groupKey: `mention:${post.id}`,
      }));
      if (input.kind === "ANNOUNCEMENT") {
        const everyone = await tx.user.findMany({ where: { deactivatedAt: null, id: { not: actor.id } }, select: { id: true } });
        // Someone both mentioned and announced to gets the mention (listed first) only.
        notifications.push(
          ...everyone.map((person) => ({ recipientId: person.id, type: "ANNOUNCEMENT" as const, actorId: actor.id, postId: post.id, groupKey: `announcement:${post.id}` })),
        );
      }
      return { post, recipients: await createNotifications(tx, notifications) };
    });

    publish(postAudienceRooms(post), { type: "post.created", ids: [post.id] });
    publishNotifications(recipients);
    if (post.linkUrl) attachLinkPreviewLater(post.id, post.linkUrl);
    return { id: post.id };
  },
});
