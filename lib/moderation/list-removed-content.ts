import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { plainTextExcerpt } from "@/lib/content/extract";
import { db } from "@/lib/db";
import { RESTORE_WINDOW_DAYS } from "@/lib/moderation/moderation-input";

export type RemovedContentView = {
  targetType: "POST" | "COMMENT";
  id: string;
  href: string;
  excerpt: string;
  author: { name: string; handle: string };
  mode: "hidden" | "removed";
  reason: string;
  takenDownAt: string;
  restorableUntil: string;
  by: { name: string } | null;
  community: { slug: string; name: string } | null;
};

const DAY_MS = 86_400_000;
const LIMIT = 50;

/** What admins can still put back: posts and comments hidden or removed within the restore window, newest first. */
export const listRemovedContent = defineUseCase({
  input: z.object({}),
  permission: "moderation.restore",
  run: async (): Promise<RemovedContentView[]> => {
    const since = new Date(Date.now() - RESTORE_WINDOW_DAYS * DAY_MS);
    const takenDown = {
      deletedAt: null,
      OR: [{ removedAt: { gte: since } }, { removedAt: null, hiddenAt: { gte: since } }],
    };
    const common = {
      id: true,
      body: true,
      removedAt: true,
      hiddenAt: true,
      removedReason: true,
      author: { select: { name: true, handle: true } },
      removedBy: { select: { name: true } },
    } as const;
    const [posts, comments] = await Promise.all([
      db.post.findMany({
        where: takenDown,
        select: { ...common, community: { select: { slug: true, name: true } } },
        orderBy: { updatedAt: "desc" },
        take: LIMIT,
      }),
      db.comment.findMany({
        where: takenDown,
        select: { ...common, postId: true, post: { select: { community: { select: { slug: true, name: true } } } } },
        orderBy: { createdAt: "desc" },
        take: LIMIT,
      }),
    ]);
    const view = (
      row: (typeof posts)[number],
      targetType: "POST" | "COMMENT",
      href: string,
      community: RemovedContentView["community"],
    ): RemovedContentView => {
      const at = (row.removedAt ?? row.hiddenAt)!;
      return {
        targetType,
        id: row.id,
        href,
        excerpt: plainTextExcerpt(row.body, 200),
        author: row.author,
        mode: row.removedAt ? "removed" : "hidden",
        reason: row.removedReason,
        takenDownAt: at.toISOString(),
        restorableUntil: new Date(at.getTime() + RESTORE_WINDOW_DAYS * DAY_MS).toISOString(),
        by: row.removedBy,
        community,
      };
    };
    return [
      ...posts.map((row) => view(row, "POST", `/posts/${row.id}`, row.community)),
      ...comments.map((row) =>
        view(
          { ...row, community: row.post.community },
          "COMMENT",
          `/posts/${row.postId}#comment-${row.id}`,
          row.post.community,
        ),
      ),
    ]
      .sort((a, b) => b.takenDownAt.localeCompare(a.takenDownAt))
      .slice(0, LIMIT);
  },
});
