import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { db } from "@/lib/db";

/** Every community marked as going cold, longest cold first, with its owners: for admins. */
export const listColdCommunities = defineUseCase({
  input: z.object({}),
  permission: "communities.health",
  run: async () => {
    const rows = await db.community.findMany({
      where: { coldSince: { not: null }, archivedAt: null },
      orderBy: [{ coldSince: "asc" }, { id: "asc" }],
      take: 200,
      select: {
        id: true,
        slug: true,
        name: true,
        memberCount: true,
        coldSince: true,
        lastActivityAt: true,
        members: { where: { role: "OWNER" }, select: { user: { select: { name: true, handle: true } } } },
      },
    });
    return rows.map(({ members, coldSince, lastActivityAt, ...row }) => ({
      ...row,
      coldSince: coldSince!.toISOString(),
      lastActivityAt: lastActivityAt.toISOString(),
      owners: members.map((member) => member.user),
    }));
  },
});
