import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { db } from "@/lib/db";
import { decodeCursor, toPage, ZCursor } from "@/lib/pagination";
import { loadPostViews } from "@/lib/posts/post-view";
import { visiblePostWhere } from "@/lib/posts/visibility";

/** A person's recent posts, as the actor may see them (profile page). */
export const listAuthorPosts = defineUseCase({
  input: z.object({
    authorId: z.string().min(1).max(40),
    cursor: ZCursor,
    limit: z.coerce.number().int().min(1).max(20).default(5),
  }),
  permission: "posts.read",
  run: async ({ actor, input }) => {
    const [at, id] = decodeCursor(input.cursor) ?? [];
    const rows = await db.post.findMany({
      where: {
        AND: [
          visiblePostWhere(actor),
          { authorId: input.authorId },
          ...(typeof at === "string" && typeof id === "string" && !Number.isNaN(Date.parse(at))
            ? [
                { createdAt: { lte: new Date(at) } },
                { OR: [{ createdAt: { lt: new Date(at) } }, { createdAt: new Date(at), id: { lt: id } }] },
              ]
            : []),
        ],
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
