import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { db } from "@/lib/db";

/** Whether the actor owns or moderates any community: they get the Moderation queue in the navigation. */
export const moderatesAnyCommunity = defineUseCase({
  input: z.object({}),
  permission: "communities.read",
  run: async ({ actor }) =>
    (await db.communityMember.count({ where: { userId: actor.id, role: { in: ["OWNER", "MODERATOR"] } }, take: 1 })) >
    0,
});
