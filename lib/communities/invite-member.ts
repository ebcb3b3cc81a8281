import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { requireModeratedCommunity } from "@/lib/communities/access";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createNotifications, publishNotifications } from "@/lib/notifications/notify";
import { ZId } from "@/lib/id";

/** A moderator invites a colleague by handle; the invitee joins by accepting (the only way into a secret community). */
export const inviteMember = defineUseCase({
  input: z.object({
    communityId: ZId,
    handle: z
      .string({ error: "Choose a colleague" })
      .trim()
      .min(1, "Choose a colleague")
      .max(60)
      .transform((handle) => handle.replace(/^@/, "")),
  }),
  permission: "communities.read",
  run: async ({ actor, input, afterCommit }) => {
    const recipients = await db.$transaction(async (tx) => {
      const { community } = await requireModeratedCommunity(tx, actor, input.communityId);
      if (community.archivedAt) throw new AppError("FORBIDDEN", "This community is archived and takes no new members.");
      const invitee = await tx.user.findFirst({
        where: { handle: input.handle, deactivatedAt: null },
        select: { id: true },
      });
      if (!invitee)
        throw new AppError("BAD_INPUT", "handle: Nobody has that handle", { handle: "Nobody has that handle" });
      const member = await tx.communityMember.findUnique({
        where: { communityId_userId: { communityId: community.id, userId: invitee.id } },
        select: { role: true },
      });
      if (member) throw new AppError("BAD_INPUT", "handle: Already a member", { handle: "Already a member" });
      // One invitation per person; inviting again after a decline reopens it.
      const created = await tx.communityInvitation.createMany({
        data: [{ communityId: community.id, inviteeId: invitee.id, inviterId: actor.id }],
        skipDuplicates: true,
      });
      if (created.count === 0) {
        await tx.communityInvitation.updateMany({
          where: { communityId: community.id, inviteeId: invitee.id },
          data: { inviterId: actor.id, acceptedAt: null, declinedAt: null, createdAt: new Date() },
        });
      }
      await tx.auditEntry.create({
        data: {
          actorId: actor.id,
          action: "community.invited",
          targetType: "User",
          targetId: invitee.id,
          communityId: community.id,
        },
      });
      return createNotifications(tx, [
        {
          recipientId: invitee.id,
          type: "COMMUNITY_INVITED",
          actorId: actor.id,
          communityId: community.id,
          groupKey: `community-invite:${community.id}`,
        },
      ]);
    });
    afterCommit(() => publishNotifications(recipients));
    return { invited: true };
  },
});
