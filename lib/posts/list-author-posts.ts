import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { db } from "@/lib/db";
import { newestFirstAfter, toPage, ZCursor } from "@/lib/pagination";
import { loadPostViews } from "@/lib/posts/post-view";
import { visiblePostWhere } from "@/lib/posts/visibility";
import { ZId } from "@/lib/id";

/** A person's recent posts, as the actor may see them (profile page). */
export const listAuthorPosts = defineUseCase({
  input: z.object({
    authorId: ZId,
    cursor: ZCursor,
    limit: z.coerce.number().int().min(1).max(20).default(5),
  }),
  permission: "posts.read",
  run: async ({ actor, input }) => {
    const rows = await db.post.findMany({
      where: {
        AND: [visiblePostWhere(actor), { authorId: input.authorId }, newestFirstAfter(input.cursor)],
      },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: input.limit + 1,
      select: { id: true, createdAt: true },
    });
    const page = toPage(rows, input.limit, (row) => [row.createdAt.toISOString(), row.id]);
    return {
      items: await loadPostViews(
        actor,
        page.items.map((row) => row.id),
      ),
      nextCursor: page.nextCursor,
    };
  },
});
