import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { requireModeratedCommunity } from "@/lib/communities/access";
import { communityAudienceRooms } from "@/lib/communities/community-rooms";
import { requireOutrankedMember } from "@/lib/communities/manage-member";
import { db } from "@/lib/db";
import { ZId } from "@/lib/id";

export const MUTE_MAX_DAYS = 30;

/** A moderator mutes a member for some days (0 lifts it): they still read, but cannot post or comment there. */
export const muteMember = defineUseCase({
  input: z.object({
    communityId: ZId,
    userId: ZId,
    days: z.coerce
      .number({ error: "Days must be a number" })
      .int()
      .min(0, "Days cannot be negative")
      .max(MUTE_MAX_DAYS, `Mute for at most ${MUTE_MAX_DAYS} days`),
    reason: z.string().trim().max(500).default(""),
  }),
  permission: "communities.read",
  run: async ({ actor, input, afterCommit }) => {
    const result = await db.$transaction(async (tx) => {
      const { community, role } = await requireModeratedCommunity(tx, actor, input.communityId);
      const target = await requireOutrankedMember(tx, actor, role, community.id, input.userId);
      const mutedUntil = input.days > 0 ? new Date(Date.now() + input.days * 86_400_000) : null;
      await tx.communityMember.update({
        where: { communityId_userId: { communityId: community.id, userId: target.userId } },
        data: { mutedUntil },
      });
      await tx.auditEntry.create({
        data: {
          actorId: actor.id,
          action: mutedUntil ? "community.member.muted" : "community.member.unmuted",
          targetType: "User",
          targetId: target.userId,
          communityId: community.id,
          reason: input.reason,
          data: { days: input.days },
        },
      });
      return { community, mutedUntil };
    });
    afterCommit.publish(communityAudienceRooms(result.community), {
      type: "community.members",
      communityId: result.community.id,
    });
    return { mutedUntil: result.mutedUntil?.toISOString() ?? null };
  },
});
