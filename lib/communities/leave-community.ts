import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { requireVisibleCommunity } from "@/lib/communities/access";
import { dropMember } from "@/lib/communities/add-member";
import { publishMembershipChange } from "@/lib/communities/community-rooms";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { ZId } from "@/lib/id";

/** Leave a community. The last owner cannot: they hand ownership to someone first (or archive it). */
export const leaveCommunity = defineUseCase({
  input: z.object({ communityId: ZId }),
  permission: "communities.join",
  run: async ({ actor, input, afterCommit }) => {
    const result = await db.$transaction(async (tx) => {
      const { community, role } = await requireVisibleCommunity(tx, actor, { id: input.communityId });
      if (!role) return { community, left: false };
      if (role === "OWNER") {
        // FOR UPDATE on the owners: two owners leaving at once cannot both pass the check.
        const owners = await tx.$queryRaw<{ userId: string }[]>`
          select "userId" from "CommunityMember" where "communityId" = ${community.id} and role = 'OWNER' for update`;
        if (owners.length <= 1)
          throw new AppError(
            "CONFLICT",
            "You are the only owner: make someone else an owner first, or archive the community.",
          );
      }
      return { community, left: await dropMember(tx, community.id, actor.id) };
    });
    if (result.left) afterCommit(() => publishMembershipChange(result.community, actor.id, false));
    return { left: result.left };
  },
});
