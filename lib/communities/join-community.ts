import "server-only";
import { MODERATING_ROLES } from "@/lib/communities/community-roles";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { communityRoleOf, requireVisibleCommunity } from "@/lib/communities/access";
import { publishMembershipChange } from "@/lib/communities/community-rooms";
import { addMember } from "@/lib/communities/add-member";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createNotifications, publishNotifications } from "@/lib/notifications/notify";
import { ZId } from "@/lib/id";

export const ZJoinCommunityInput = z.object({
  communityId: ZId,
  message: z.string().trim().max(500, "Message can be at most 500 characters").default(""),
});

/**
 * Join: a public community (or one the actor was invited to) at once; a private one by a request that its
 * moderators decide; a secret one only by invitation (without one it does not exist for the actor).
 * Race-safe: the membership's primary key decides, the count moves only with a row really inserted.
 */
export const joinCommunity = defineUseCase({
  input: ZJoinCommunityInput,
  permission: "communities.join",
  run: async ({ actor, input, afterCommit }) => {
    const result = await db.$transaction(async (tx) => {
      const { community, role } = await requireVisibleCommunity(tx, actor, { id: input.communityId });
      if (role) return { community, status: "member" as const, joined: false, recipients: [] };
      if (community.archivedAt) throw new AppError("FORBIDDEN", "This community is archived and takes no new members.");
      const ban = await tx.communityBan.findUnique({
        where: { communityId_userId: { communityId: community.id, userId: actor.id } },
        select: { until: true },
      });
      if (ban && (!ban.until || ban.until > new Date()))
        throw new AppError("FORBIDDEN", "You were removed from this community and cannot rejoin it.");

      const invitation = await tx.communityInvitation.findFirst({
        where: { communityId: community.id, inviteeId: actor.id, acceptedAt: null, declinedAt: null },
        select: { id: true },
      });
      if (community.visibility === "PUBLIC" || invitation) {
        const joined = await addMember(tx, community.id, actor.id);
        if (invitation)
          await tx.communityInvitation.update({ where: { id: invitation.id }, data: { acceptedAt: new Date() } });
        await tx.communityJoinRequest.updateMany({
          where: { communityId: community.id, userId: actor.id, status: "PENDING" },
          data: { status: "APPROVED", decidedAt: new Date() },
        });
        return { community, status: "member" as const, joined, recipients: [] };
      }
      if (community.visibility === "SECRET") throw new AppError("NOT_FOUND", "That community does not exist.");

      // Private: one request per person; asking again after a decline reopens it.
      const created = await tx.communityJoinRequest.createMany({
        data: [{ communityId: community.id, userId: actor.id, message: input.message }],
        skipDuplicates: true,
      });
      const reopened =
        created.count === 0
          ? await tx.communityJoinRequest.updateMany({
              where: { communityId: community.id, userId: actor.id, status: "DECLINED" },
              data: {
                status: "PENDING",
                message: input.message,
                createdAt: new Date(),
                decidedAt: null,
                decidedById: null,
              },
            })
          : { count: 0 };
      if (created.count + reopened.count === 0)
        return { community, status: "requested" as const, joined: false, recipients: [] };
      const moderators = await tx.communityMember.findMany({
        where: { communityId: community.id, role: { in: [...MODERATING_ROLES] } },
        select: { userId: true },
      });
      const recipients = await createNotifications(
        tx,
        moderators.map((moderator) => ({
          recipientId: moderator.userId,
          type: "COMMUNITY_JOIN_REQUEST" as const,
          actorId: actor.id,
          communityId: community.id,
          groupKey: `join-request:${community.id}`,
        })),
      );
      return { community, status: "requested" as const, joined: false, recipients };
    });
    if (result.joined) afterCommit(() => publishMembershipChange(result.community, actor.id, true));
    afterCommit(() => publishNotifications(result.recipients));
    return {
      status: result.status,
      role: result.status === "member" ? await communityRoleOf(actor.id, result.community.id) : null,
    };
  },
});
