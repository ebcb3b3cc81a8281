import "server-only";
import { compareCommunityRoles } from "@/lib/communities/community-roles";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import {
  canModerateCommunity,
  canReadCommunity,
  memberAbilities,
  requireVisibleCommunity,
  type MemberAbilities,
} from "@/lib/communities/access";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { CommunityRole } from "@/lib/generated/prisma/client";
import { ZId } from "@/lib/id";
import { personRefSelect } from "@/lib/people/person-ref";

const MAX_MEMBERS = 500;

export type MemberView = {
  userId: string;
  handle: string;
  name: string;
  title: string;
  avatarUrl: string | null;
  role: CommunityRole;
  joinedAt: string;
  mutedUntil: string | null; // moderators only
  /** What the reader may do to this member; the list shows only these buttons, the server checks again. */
  abilities: MemberAbilities;
};

/** The members with their roles: owners, then moderators, then members by join date. For those who may read the community. */
export const listMembers = defineUseCase({
  input: z.object({ communityId: ZId }),
  permission: "communities.read",
  run: async ({ actor, input }): Promise<MemberView[]> => {
    const { community, role } = await requireVisibleCommunity(db, actor, { id: input.communityId });
    if (!canReadCommunity(actor, community, role))
      throw new AppError("FORBIDDEN", "Only members can see who is in this community.");
    const showMutes = canModerateCommunity(actor, role);
    const rows = await db.communityMember.findMany({
      where: { communityId: community.id, user: { deactivatedAt: null } },
      orderBy: [{ joinedAt: "asc" }],
      take: MAX_MEMBERS,
      select: {
        role: true,
        joinedAt: true,
        mutedUntil: true,
        user: { select: personRefSelect },
      },
    });
    const now = new Date();
    return rows
      .map((row) => ({
        userId: row.user.id,
        handle: row.user.handle,
        name: row.user.name,
        title: row.user.title,
        avatarUrl: row.user.avatarUrl,
        role: row.role,
        joinedAt: row.joinedAt.toISOString(),
        mutedUntil: showMutes && row.mutedUntil && row.mutedUntil > now ? row.mutedUntil.toISOString() : null,
        abilities: memberAbilities(actor, role, { userId: row.user.id, role: row.role }),
      }))
      .sort((a, b) => compareCommunityRoles(a.role, b.role));
  },
});
