import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { db } from "@/lib/db";
import { loadPostViews } from "@/lib/posts/post-view";
import { visiblePostWhere } from "@/lib/posts/visibility";

/** Announcements pinned to the top of everyone's feed until their date. */
export const findPinnedAnnouncements = defineUseCase({
  input: z.object({}),
  permission: "posts.read",
  run: async ({ actor }) => {
    const rows = await db.post.findMany({
      where: { AND: [visiblePostWhere(actor), { kind: "ANNOUNCEMENT", pinnedUntil: { gt: new Date() } }] },
      orderBy: { createdAt: "desc" },
      take: 3,
      select: { id: true },
    });
    return loadPostViews(
      actor,
      rows.map((row) => row.id),
    );
  },
});
