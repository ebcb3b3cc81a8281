import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { requireOwnedCommunity } from "@/lib/communities/access";
import { communityAudienceRooms } from "@/lib/communities/community-rooms";
import { COMMUNITY_ROLES } from "@/lib/communities/community-roles";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createNotifications, publishNotifications } from "@/lib/notifications/notify";
import { ZId } from "@/lib/id";

/** Owners (and admins) make members moderators or owners, and back. A community always keeps one owner. */
export const setMemberRole = defineUseCase({
  input: z.object({
    communityId: ZId,
    userId: ZId,
    role: z.enum(COMMUNITY_ROLES, { error: "Choose a role" }),
  }),
  permission: "communities.read",
  run: async ({ actor, input, afterCommit }) => {
    const result = await db.$transaction(async (tx) => {
      const { community } = await requireOwnedCommunity(tx, actor, input.communityId);
      // FOR UPDATE: two owners demoting each other at once cannot leave the community without one.
      const members = await tx.$queryRaw<{ userId: string; role: string }[]>`
        select "userId", role::text as role from "CommunityMember"
        where "communityId" = ${community.id} and ("userId" = ${input.userId} or role = 'OWNER') for update`;
      const target = members.find((member) => member.userId === input.userId);
      if (!target) throw new AppError("NOT_FOUND", "That person is not a member.");
      if (target.role === input.role) return { community, recipients: [] };
      const owners = members.filter((member) => member.role === "OWNER").length;
      if (target.role === "OWNER" && owners <= 1)
        throw new AppError("CONFLICT", "A community needs an owner: make someone else an owner first.");
      await tx.communityMember.update({
        where: { communityId_userId: { communityId: community.id, userId: input.userId } },
        data: { role: input.role },
      });
      await tx.auditEntry.create({
        data: {
          actorId: actor.id,
          action: "community.role.changed",
          targetType: "User",
          targetId: input.userId,
          communityId: community.id,
          data: { from: target.role, to: input.role },
        },
      });
      const recipients = await createNotifications(tx, [
        {
          recipientId: input.userId,
          type: "COMMUNITY_ROLE_CHANGED",
          actorId: actor.id,
          communityId: community.id,
          detail: `You are now ${input.role.toLowerCase()} of ${community.name}.`,
          groupKey: `community-role:${community.id}:${input.userId}`,
        },
      ]);
      return { community, recipients };
    });
    afterCommit.publish(communityAudienceRooms(result.community), {
      type: "community.members",
      communityId: result.community.id,
    });
    afterCommit(() => publishNotifications(result.recipients));
    return { role: input.role };
  },
});
