import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { plainTextExcerpt } from "@/lib/content/extract";
import { db } from "@/lib/db";
import { loadPostViews } from "@/lib/posts/post-view";
import type { PostView } from "@/lib/posts/post-view-schema";
import { visiblePostWhere } from "@/lib/posts/visibility";

/** `isMustRead`: the author asks every reader to confirm they read it (lib/announcements/confirm-read.ts). */
export type PinnedAnnouncement = { post: PostView; excerpt: string; isMustRead: boolean };

const EXCERPT_MAX = 140;

/** Announcements pinned to the top of everyone's feed until their date, each with a one-line excerpt for the summary. */
export const findPinnedAnnouncements = defineUseCase({
  input: z.object({}),
  permission: "posts.read",
  run: async ({ actor }): Promise<PinnedAnnouncement[]> => {
    const rows = await db.post.findMany({
      where: { AND: [visiblePostWhere(actor), { kind: "ANNOUNCEMENT", pinnedUntil: { gt: new Date() } }] },
      orderBy: { createdAt: "desc" },
      take: 3,
      select: { id: true, body: true, mustRead: true },
    });
    const views = await loadPostViews(
      actor,
      rows.map((row) => row.id),
    );
    return views.flatMap((post) => {
      const row = rows.find((candidate) => candidate.id === post.id);
      return row ? [{ post, excerpt: plainTextExcerpt(row.body, EXCERPT_MAX), isMustRead: row.mustRead }] : [];
    });
  },
});
