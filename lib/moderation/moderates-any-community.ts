import "server-only";
import { moderatingMembershipWhere } from "@/lib/communities/access";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { db } from "@/lib/db";

/** Whether the actor owns or moderates any community: they get the Moderation queue in the navigation. */
export const moderatesAnyCommunity = defineUseCase({
  input: z.object({}),
  permission: "communities.read",
  run: async ({ actor }) =>
    (await db.communityMember.count({ where: moderatingMembershipWhere(actor.id), take: 1 })) > 0,
});
