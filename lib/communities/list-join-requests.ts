import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { requireModeratedCommunity } from "@/lib/communities/access";
import { db } from "@/lib/db";
import { ZId } from "@/lib/id";
import { personRefSelect, type PersonRef } from "@/lib/people/person-ref";

export type JoinRequestView = {
  id: string;
  message: string;
  createdAt: string;
  person: PersonRef;
};

/** Pending join requests, oldest first: for the community's moderators. */
export const listJoinRequests = defineUseCase({
  input: z.object({ communityId: ZId }),
  permission: "communities.read",
  run: async ({ actor, input }): Promise<JoinRequestView[]> => {
    const { community } = await requireModeratedCommunity(db, actor, input.communityId);
    const rows = await db.communityJoinRequest.findMany({
      where: { communityId: community.id, status: "PENDING" },
      orderBy: { createdAt: "asc" },
      take: 100,
      select: {
        id: true,
        message: true,
        createdAt: true,
        user: { select: personRefSelect },
      },
    });
    return rows.map((row) => ({
      id: row.id,
      message: row.message,
      createdAt: row.createdAt.toISOString(),
      person: row.user,
    }));
  },
});
