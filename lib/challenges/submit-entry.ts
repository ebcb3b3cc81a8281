import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { isSubmissionOpen, submissionClosedMessage } from "@/lib/challenges/challenge-phase";
import { challengeAudienceRooms, visibleChallengeWhere } from "@/lib/challenges/visibility";
import { firstLinkUrl } from "@/lib/content/extract";
import { renderMarkdown } from "@/lib/content/render-markdown";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createNotifications, publishNotifications } from "@/lib/notifications/notify";
import { attachLinkPreviewLater } from "@/lib/posts/attach-link-preview";
import { attachImages, attachVideo } from "@/lib/posts/attach-media";
import { ZPostBody, ZPostImageIds, ZPostVideoId } from "@/lib/posts/post-input";
import { resolveMentions } from "@/lib/posts/resolve-mentions";
import { postAudienceRooms, postAudienceSelect } from "@/lib/posts/visibility";
import { enforceWriteLimit } from "@/lib/rate-limit-guard";
import { ZId } from "@/lib/id";

export const ZSubmitEntryInput = z
  .object({
    challengeId: ZId,
    body: ZPostBody,
    imageIds: ZPostImageIds,
    videoId: ZPostVideoId,
  })
  .superRefine((input, ctx) => {
    if (input.imageIds.length === 0 && !input.videoId)
      ctx.addIssue({
        code: "custom",
        path: ["media"],
        message: "Add photos or a video: an entry needs something to look at",
      });
  });

/**
 * Enters a challenge: a post (validated like any post, in the challenge's community if it has one) with
 * photos or a video, linked by a ChallengeEntry. Only while entries are open, and once per person: a
 * contest where one person can flood the entries is no fun, and it keeps "your entry" unambiguous.
 */
export const submitEntry = defineUseCase({
  input: ZSubmitEntryInput,
  permission: "challenges.enter",
  run: async ({ actor, input, afterCommit }) => {
    const challenge = await db.challenge.findFirst({
      where: { AND: [{ id: input.challengeId }, visibleChallengeWhere(actor)] },
      select: {
        id: true,
        communityId: true,
        community: { select: { visibility: true } },
        submissionStartsAt: true,
        submissionEndsAt: true,
        votingStartsAt: true,
        votingEndsAt: true,
        closedAt: true,
        showVotesLive: true,
      },
    });
    if (!challenge) throw new AppError("NOT_FOUND", "That challenge does not exist.");
    if (!isSubmissionOpen(challenge)) throw new AppError("CONFLICT", submissionClosedMessage(challenge));
    await enforceWriteLimit("post", actor.id);

    const { post, recipients } = await db.$transaction(async (tx) => {
      // One entry per person and challenge: the lock makes the check and the insert one step.
      await tx.$executeRaw`select pg_advisory_xact_lock(hashtext(${`challenge-entry:${challenge.id}:${actor.id}`}))`;
      if (
        await tx.challengeEntry.findFirst({
          where: { challengeId: challenge.id, authorId: actor.id },
          select: { id: true },
        })
      ) {
        throw new AppError(
          "CONFLICT",
          "You have already entered this challenge. Edit or delete your entry's post to change it.",
        );
      }
      const mentions = await resolveMentions(tx, input.body);
      const post = await tx.post.create({
        data: {
          authorId: actor.id,
          communityId: challenge.communityId,
          body: input.body,
          bodyHtml: renderMarkdown(input.body, { mentions }),
          linkUrl: firstLinkUrl(input.body),
        },
        select: { id: true, linkUrl: true, ...postAudienceSelect },
      });
      await attachImages(tx, actor.id, post.id, input.imageIds);
      await attachVideo(tx, actor.id, post.id, input.videoId);
      await tx.challengeEntry.create({ data: { challengeId: challenge.id, postId: post.id, authorId: actor.id } });
      await tx.challenge.update({ where: { id: challenge.id }, data: { entryCount: { increment: 1 } } });
      const recipients = await createNotifications(
        tx,
        [...mentions.values()].map((person) => ({
          recipientId: person.id,
          type: "MENTION" as const,
          actorId: actor.id,
          postId: post.id,
          groupKey: `mention:${post.id}`,
        })),
      );
      return { post, recipients };
    });

    afterCommit.publish(postAudienceRooms(post), { type: "post.created", postId: post.id });
    afterCommit.publish(
      await challengeAudienceRooms(db, {
        communityId: challenge.communityId,
        communityVisibility: challenge.community?.visibility ?? null,
      }),
      { type: "challenge.updated", challengeId: challenge.id },
    );
    afterCommit(() => publishNotifications(recipients));
    if (post.linkUrl) attachLinkPreviewLater(post.id, post.linkUrl);
    return { postId: post.id };
  },
});
