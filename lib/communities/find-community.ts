import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import {
  canModerateCommunity,
  canOwnCommunity,
  canReadCommunity,
  requireVisibleCommunity,
} from "@/lib/communities/access";
import { ZSlug } from "@/lib/communities/community-input";
import { db } from "@/lib/db";
import type { CommunityKind, CommunityRole, CommunityVisibility } from "@/lib/generated/prisma/client";

export type CommunityDetail = {
  id: string;
  slug: string;
  name: string;
  description: string;
  descriptionHtml: string;
  kind: CommunityKind;
  category: string;
  visibility: CommunityVisibility;
  coverUrl: string | null;
  purpose: { goal: string; success: string; target: number | null; reviewAt: string | null } | null;
  memberCount: number;
  postCount: number;
  lastActivityAt: string;
  createdAt: string;
  archivedAt: string | null;
  myRole: CommunityRole | null;
  mutedUntil: string | null;
  hasPendingRequest: boolean;
  hasInvitation: boolean;
  canRead: boolean; // feed, members, focus board
  canPost: boolean;
  canModerate: boolean;
  canOwn: boolean;
  isReviewDue: boolean; // the owner is asked to renew, widen or close
  pendingRequestCount: number; // moderators only, else 0
};

/** One community's page data, as the actor may see it. Secret ones answer NOT_FOUND to non-members. */
export const findCommunity = defineUseCase({
  input: z.object({ slug: ZSlug }),
  permission: "communities.read",
  run: async ({ actor, input }): Promise<CommunityDetail> => {
    const { community: found, role } = await requireVisibleCommunity(db, actor, { slug: input.slug });
    const [community, membership, request, invitation] = await Promise.all([
      db.community.findUniqueOrThrow({ where: { id: found.id } }),
      db.communityMember.findUnique({
        where: { communityId_userId: { communityId: found.id, userId: actor.id } },
        select: { mutedUntil: true },
      }),
      db.communityJoinRequest.findFirst({
        where: { communityId: found.id, userId: actor.id, status: "PENDING" },
        select: { id: true },
      }),
      db.communityInvitation.findFirst({
        where: { communityId: found.id, inviteeId: actor.id, acceptedAt: null, declinedAt: null },
        select: { id: true },
      }),
    ]);
    const canModerate = canModerateCommunity(actor, role);
    const canOwn = canOwnCommunity(actor, role);
    const muted = membership?.mutedUntil && membership.mutedUntil > new Date() ? membership.mutedUntil : null;
    const pendingRequestCount = canModerate
      ? await db.communityJoinRequest.count({ where: { communityId: found.id, status: "PENDING" } })
      : 0;
    return {
      id: community.id,
      slug: community.slug,
      name: community.name,
      description: community.description,
      descriptionHtml: community.descriptionHtml,
      kind: community.kind,
      category: community.category,
      visibility: community.visibility,
      coverUrl: community.coverKey ? `/api/communities/${community.id}/cover` : null,
      purpose: community.purposeGoal
        ? {
            goal: community.purposeGoal,
            success: community.purposeSuccess ?? "",
            target: community.purposeTarget,
            reviewAt: community.purposeReviewAt?.toISOString() ?? null,
          }
        : null,
      memberCount: community.memberCount,
      postCount: community.postCount,
      lastActivityAt: community.lastActivityAt.toISOString(),
      createdAt: community.createdAt.toISOString(),
      archivedAt: community.archivedAt?.toISOString() ?? null,
      myRole: role,
      mutedUntil: muted ? muted.toISOString() : null,
      hasPendingRequest: Boolean(request),
      hasInvitation: Boolean(invitation),
      canRead: canReadCommunity(actor, community, role),
      canPost: !community.archivedAt && !muted && (role !== null || canModerate),
      canModerate,
      canOwn,
      isReviewDue:
        canOwn &&
        !community.archivedAt &&
        Boolean(community.purposeReviewAt && community.purposeReviewAt <= new Date()),
      pendingRequestCount,
    };
  },
});
