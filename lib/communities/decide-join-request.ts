import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { requireModeratedCommunity } from "@/lib/communities/access";
import { addMember } from "@/lib/communities/add-member";
import { publishMembershipChange } from "@/lib/communities/community-rooms";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createNotifications, publishNotifications } from "@/lib/notifications/notify";
import { ZId } from "@/lib/id";

/**
 * A moderator approves or declines a join request. Race-safe: only the decision that moves the request
 * out of PENDING counts; a second click (or a second moderator) changes nothing.
 */
export const decideJoinRequest = defineUseCase({
  input: z.object({ requestId: ZId, approve: z.boolean() }),
  permission: "communities.read",
  run: async ({ actor, input, afterCommit }) => {
    const result = await db.$transaction(async (tx) => {
      const request = await tx.communityJoinRequest.findUnique({
        where: { id: input.requestId },
        select: { id: true, communityId: true, userId: true },
      });
      if (!request) throw new AppError("NOT_FOUND", "That request does not exist.");
      const { community } = await requireModeratedCommunity(tx, actor, request.communityId);
      const { count } = await tx.communityJoinRequest.updateMany({
        where: { id: request.id, status: "PENDING" },
        data: { status: input.approve ? "APPROVED" : "DECLINED", decidedById: actor.id, decidedAt: new Date() },
      });
      if (count === 0) return { community, request, joined: false, recipients: [] };
      const joined = input.approve ? await addMember(tx, community.id, request.userId) : false;
      await tx.auditEntry.create({
        data: {
          actorId: actor.id,
          action: input.approve ? "community.request.approved" : "community.request.declined",
          targetType: "User",
          targetId: request.userId,
          communityId: community.id,
        },
      });
      const recipients = await createNotifications(tx, [
        {
          recipientId: request.userId,
          type: input.approve ? "COMMUNITY_JOIN_APPROVED" : "COMMUNITY_JOIN_DECLINED",
          actorId: actor.id,
          communityId: community.id,
          groupKey: `join-decision:${request.id}`,
        },
      ]);
      return { community, request, joined, recipients };
    });
    if (result.joined) afterCommit(() => publishMembershipChange(result.community, result.request.userId, true));
    afterCommit(() => publishNotifications(result.recipients));
    return { decided: result.recipients.length > 0 || result.joined };
  },
});
