import "server-only";
import { z } from "zod";
import { can } from "@/lib/auth/permissions";
import { defineUseCase } from "@/lib/auth/use-case";
import { db } from "@/lib/db";

/**
 * Where the actor may start a challenge: `companyWide` for leaders and admins, and the communities they can
 * target (any they can see for leaders and admins, their own for community owners). Navigation only:
 * createChallenge checks again.
 */
export const listChallengeCommunities = defineUseCase({
  input: z.object({}).default({}),
  permission: "challenges.read",
  run: async ({ actor }) => {
    const companyWide = can(actor, "challenges.create");
    const visible = can(actor, "communities.moderateAny")
      ? {}
      : { OR: [{ visibility: "PUBLIC" as const }, { members: { some: { userId: actor.id } } }] };
    const communities = await db.community.findMany({
      where: {
        archivedAt: null,
        ...(companyWide ? visible : { members: { some: { userId: actor.id, role: "OWNER" } } }),
      },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      take: 200,
      select: { id: true, name: true },
    });
    return { companyWide, communities, canCreate: companyWide || communities.length > 0 };
  },
});
