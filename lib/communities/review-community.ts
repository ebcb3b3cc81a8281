import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { requireOwnedCommunity } from "@/lib/communities/access";
import { communityAudienceRooms } from "@/lib/communities/community-rooms";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { ZId } from "@/lib/id";

/**
 * The owner's answer at the review date, or whenever they decide: renew the purpose until a new date, widen
 * the community (drop the narrow purpose, keep the people), close it (archive: read-only), or reopen it.
 */
export const reviewCommunity = defineUseCase({
  input: z
    .object({
      communityId: ZId,
      decision: z.enum(["renew", "widen", "close", "reopen"], { error: "Choose renew, widen, close or reopen" }),
      reviewAt: z.preprocess(
        (value) => (value === "" ? undefined : value),
        z.coerce.date({ error: "Review date must be a date" }).optional(),
      ),
    })
    .superRefine((input, ctx) => {
      if (input.decision !== "renew") return;
      if (!input.reviewAt)
        ctx.addIssue({ code: "custom", path: ["reviewAt"], message: "Review date is needed to renew" });
      else if (input.reviewAt.getTime() <= Date.now())
        ctx.addIssue({ code: "custom", path: ["reviewAt"], message: "Review date must be in the future" });
    }),
  permission: "communities.read",
  run: async ({ actor, input, afterCommit }) => {
    const community = await db.$transaction(async (tx) => {
      const { community } = await requireOwnedCommunity(tx, actor, input.communityId);
      const current = await tx.community.findUniqueOrThrow({
        where: { id: community.id },
        select: { purposeGoal: true, archivedAt: true },
      });
      if ((input.decision === "renew" || input.decision === "widen") && !current.purposeGoal)
        throw new AppError("BAD_INPUT", "This community has no purpose to renew or widen.");
      const data =
        input.decision === "renew"
          ? { purposeReviewAt: input.reviewAt, reviewPromptedAt: null }
          : input.decision === "widen"
            ? {
                purposeGoal: null,
                purposeSuccess: null,
                purposeTarget: null,
                purposeReviewAt: null,
                reviewPromptedAt: null,
              }
            : { archivedAt: input.decision === "close" ? new Date() : null };
      await tx.community.update({ where: { id: community.id }, data });
      const action = {
        renew: "community.purpose.renewed",
        widen: "community.purpose.widened",
        close: "community.archived",
        reopen: "community.unarchived",
      }[input.decision];
      await tx.auditEntry.create({
        data: {
          actorId: actor.id,
          action,
          targetType: "Community",
          targetId: community.id,
          communityId: community.id,
          data: { reviewAt: input.reviewAt?.toISOString() ?? null },
        },
      });
      return community;
    });
    afterCommit.publish(communityAudienceRooms(community), { type: "community.changed", communityId: community.id });
    return { decision: input.decision };
  },
});
