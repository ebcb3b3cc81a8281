import "server-only";
import { z } from "zod";
import { can } from "@/lib/auth/permissions";
import { defineUseCase } from "@/lib/auth/use-case";
import { requireCanWriteInCommunity } from "@/lib/communities/access";
import { firstLinkUrl } from "@/lib/content/extract";
import { renderMarkdown } from "@/lib/content/render-markdown";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createNotifications, publishNotifications, type NewNotification } from "@/lib/notifications/notify";
import { attachLinkPreviewLater } from "@/lib/posts/attach-link-preview";
import { attachImages, attachVideo } from "@/lib/posts/attach-media";
import { ZPostBody, ZPostImageIds, ZPostVideoId } from "@/lib/posts/post-input";
import { resolveMentions } from "@/lib/posts/resolve-mentions";
import { attachPoll } from "@/lib/polls/attach-poll";
import { ZPollInput } from "@/lib/polls/poll-input";
import { attachPride, PRIDE_MAX_TAGS, PRIDE_MAX_VALUES } from "@/lib/pride/attach-pride";
import { postAudienceRooms } from "@/lib/posts/visibility";
import { enforceWriteLimit } from "@/lib/rate-limit-guard";
import { ZId } from "@/lib/id";

const MAX_PIN_DAYS = 90;

export const ZCreatePostInput = z
  .object({
    body: ZPostBody,
    kind: z.enum(["POST", "ANNOUNCEMENT", "PRIDE"]).default("POST"),
    pinnedUntil: z.preprocess(
      (value) => (value === "" ? undefined : value),
      z.coerce.date({ error: "Pin until must be a date" }).optional(),
    ),
    // Posting into a community: members only (checked in run), never as an announcement.
    communityId: z
      .string()
      .max(40)
      .optional()
      .transform((value) => value || undefined),
    imageIds: ZPostImageIds,
    videoId: ZPostVideoId,
    // Moments of pride: the colleagues who made it happen (at least one) and the values it showed.
    taggedIds: z.array(ZId).max(PRIDE_MAX_TAGS, `Tag at most ${PRIDE_MAX_TAGS} colleagues`).default([]),
    valueIds: z.array(ZId).max(PRIDE_MAX_VALUES, `Choose at most ${PRIDE_MAX_VALUES} values`).default([]),
    poll: ZPollInput.optional(),
    // Announcements only: readers are asked to confirm they read it.
    mustRead: z.preprocess((value) => value === "on" || value === true || value === "true", z.boolean()).default(false),
  })
  .superRefine((input, ctx) => {
    if (input.communityId && input.kind === "ANNOUNCEMENT")
      ctx.addIssue({ code: "custom", path: ["kind"], message: "Announcements go to everyone, not into a community" });
    if (input.mustRead && input.kind !== "ANNOUNCEMENT")
      ctx.addIssue({ code: "custom", path: ["mustRead"], message: "Only announcements can ask readers to confirm" });
    if (input.kind === "PRIDE" && input.taggedIds.length === 0)
      ctx.addIssue({ code: "custom", path: ["taggedIds"], message: "Tag at least one colleague who made it happen" });
    if (input.kind !== "PRIDE" && (input.taggedIds.length > 0 || input.valueIds.length > 0)) {
      ctx.addIssue({ code: "custom", path: ["taggedIds"], message: "Only moments of pride tag colleagues and values" });
    }
    if (!input.pinnedUntil) return;
    if (input.kind !== "ANNOUNCEMENT")
      ctx.addIssue({ code: "custom", path: ["pinnedUntil"], message: "Only announcements can be pinned" });
    const now = Date.now();
    if (input.pinnedUntil.getTime() <= now)
      ctx.addIssue({ code: "custom", path: ["pinnedUntil"], message: "Pin until must be in the future" });
    if (input.pinnedUntil.getTime() > now + MAX_PIN_DAYS * 86_400_000) {
      ctx.addIssue({ code: "custom", path: ["pinnedUntil"], message: `Pin for at most ${MAX_PIN_DAYS} days` });
    }
  });

export type TCreatePostInput = z.input<typeof ZCreatePostInput>;

export const createPost = defineUseCase({
  input: ZCreatePostInput,
  permission: "posts.create",
  run: async ({ actor, input, afterCommit }) => {
    if (input.kind === "ANNOUNCEMENT" && !can(actor, "posts.announce")) {
      throw new AppError("FORBIDDEN", "Only leaders and admins can post announcements.");
    }
    if (input.kind === "PRIDE" && !can(actor, "pride.create"))
      throw new AppError("FORBIDDEN", "You may not share moments of pride.");
    if (input.poll && !can(actor, "polls.create")) throw new AppError("FORBIDDEN", "You may not add polls.");
    await enforceWriteLimit("post", actor.id);

    const { post, recipients } = await db.$transaction(async (tx) => {
      if (input.communityId) {
        await requireCanWriteInCommunity(tx, actor, input.communityId);
        await tx.community.update({
          where: { id: input.communityId },
          data: { postCount: { increment: 1 }, lastActivityAt: new Date() },
        });
      }
      const mentions = await resolveMentions(tx, input.body);
      const post = await tx.post.create({
        data: {
          authorId: actor.id,
          communityId: input.communityId ?? null,
          kind: input.kind,
          body: input.body,
          bodyHtml: renderMarkdown(input.body, { mentions }),
          pinnedUntil: input.pinnedUntil ?? null,
          mustRead: input.mustRead,
          linkUrl: firstLinkUrl(input.body),
        },
        select: { id: true, linkUrl: true, communityId: true, community: { select: { visibility: true } } },
      });

      await attachImages(tx, actor.id, post.id, input.imageIds);
      await attachVideo(tx, actor.id, post.id, input.videoId);

      // Someone both tagged and mentioned gets the pride notification (listed first) only.
      const notifications: NewNotification[] =
        input.kind === "PRIDE" ? await attachPride(tx, actor, post.id, input) : [];
      if (input.poll) await attachPoll(tx, post.id, input.poll);
      notifications.push(
        ...[...mentions.values()].map((person) => ({
          recipientId: person.id,
          type: "MENTION" as const,
          actorId: actor.id,
          postId: post.id,
          groupKey: `mention:${post.id}`,
        })),
      );
      if (input.kind === "ANNOUNCEMENT") {
        const everyone = await tx.user.findMany({
          where: { deactivatedAt: null, id: { not: actor.id } },
          select: { id: true },
        });
        // Someone both mentioned and announced to gets the mention (listed first) only.
        notifications.push(
          ...everyone.map((person) => ({
            recipientId: person.id,
            type: "ANNOUNCEMENT" as const,
            actorId: actor.id,
            postId: post.id,
            groupKey: `announcement:${post.id}`,
          })),
        );
      }
      return { post, recipients: await createNotifications(tx, notifications) };
    });

    afterCommit.publish(postAudienceRooms(post), { type: "post.created", postId: post.id });
    if (input.kind === "PRIDE")
      afterCommit.publish(postAudienceRooms(post), { type: "pride.created", postId: post.id });
    afterCommit(() => publishNotifications(recipients));
    if (post.linkUrl) attachLinkPreviewLater(post.id, post.linkUrl);
    return { id: post.id };
  },
});
