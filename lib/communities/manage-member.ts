import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { canActOnMember } from "@/lib/communities/access";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { CommunityRole } from "@/lib/generated/prisma/client";

/**
 * The member a moderator acts on (mute, remove), if the actor outranks them: moderators act on members,
 * owners on moderators and members, admins on anyone. Nobody acts on themselves this way.
 */
export async function requireOutrankedMember(
  tx: Tx,
  actor: Actor,
  actorRole: CommunityRole | null,
  communityId: string,
  userId: string,
) {
  const target = await tx.communityMember.findUnique({
    where: { communityId_userId: { communityId, userId } },
    select: { userId: true, role: true },
  });
  if (!target) throw new AppError("NOT_FOUND", "That person is not a member.");
  if (target.userId === actor.id) throw new AppError("BAD_INPUT", "You cannot do that to yourself.");
  if (!canActOnMember(actor, actorRole, target))
    throw new AppError("FORBIDDEN", "Only someone with a higher role in the community can do that.");
  return target;
}
