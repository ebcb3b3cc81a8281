import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { canOwnCommunity, communityRoleOf } from "@/lib/communities/access";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { measureCommunityHealth } from "@/lib/health/community-activity";

/** A community's health, for its owners and for admins; everyone else finds nothing. */
export const findCommunityHealth = defineUseCase({
  input: z.object({ slug: z.string().min(1).max(80) }),
  permission: "communities.read",
  run: async ({ actor, input }) => {
    const community = await db.community.findUnique({
      where: { slug: input.slug },
      select: { id: true, slug: true, name: true, memberCount: true, coldSince: true },
    });
    if (!community || !canOwnCommunity(actor, await communityRoleOf(actor.id, community.id))) {
      throw new AppError("NOT_FOUND", "That community does not exist, or its health is for its owners.");
    }
    const health = await measureCommunityHealth(db, community.id);
    return { community: { ...community, coldSince: community.coldSince?.toISOString() ?? null }, health };
  },
});
