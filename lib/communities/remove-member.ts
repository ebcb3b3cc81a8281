import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { requireModeratedCommunity } from "@/lib/communities/access";
import { dropMember } from "@/lib/communities/add-member";
import { publishMembershipChange } from "@/lib/communities/community-rooms";
import { requireOutrankedMember } from "@/lib/communities/manage-member";
import { db } from "@/lib/db";
import { ZId } from "@/lib/id";

/** A moderator removes a member (who may ask or be invited again); optionally bans them from rejoining. */
export const removeMember = defineUseCase({
  input: z.object({
    communityId: ZId,
    userId: ZId,
    reason: z.string().trim().max(500).default(""),
    ban: z.boolean().default(false),
  }),
  permission: "communities.read",
  run: async ({ actor, input, afterCommit }) => {
    const result = await db.$transaction(async (tx) => {
      const { community, role } = await requireModeratedCommunity(tx, actor, input.communityId);
      const target = await requireOutrankedMember(tx, actor, role, community.id, input.userId);
      const removed = await dropMember(tx, community.id, target.userId);
      if (input.ban) {
        await tx.communityBan.upsert({
          where: { communityId_userId: { communityId: community.id, userId: target.userId } },
          create: { communityId: community.id, userId: target.userId, reason: input.reason, byId: actor.id },
          update: { reason: input.reason, byId: actor.id, until: null },
        });
      }
      await tx.auditEntry.create({
        data: {
          actorId: actor.id,
          action: input.ban ? "community.member.banned" : "community.member.removed",
          targetType: "User",
          targetId: target.userId,
          communityId: community.id,
          reason: input.reason,
        },
      });
      return { community, removed };
    });
    if (result.removed) afterCommit(() => publishMembershipChange(result.community, input.userId, false));
    return { removed: result.removed };
  },
});
