import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { db } from "@/lib/db";
import { loadPostViews, type PostView } from "@/lib/posts/post-view";
import { visiblePostSql } from "@/lib/posts/visibility";
import { prideFilterSql } from "@/lib/pride/pride-filters";

const HIGHLIGHTS = 3;

export type PrideHighlights = { momentCount: number; creditedCount: number; moments: PostView[] };

/**
 * "This week" on the wall: how many moments the last seven days brought, how many colleagues they credited,
 * and the ones people engaged with most (reactions, comments, and a leader's thanks weighing more).
 */
export const findPrideHighlights = defineUseCase({
  input: z.object({}),
  permission: "pride.read",
  run: async ({ actor }): Promise<PrideHighlights> => {
    const week = prideFilterSql({ period: "week" });
    const [counts] = await db.$queryRaw<{ momentCount: number; creditedCount: number }[]>`
      select count(*)::int as "momentCount",
             (select count(distinct t."userId")::int from "PrideTag" t join "Post" p on p.id = t."postId" where ${visiblePostSql(actor)} and ${week}) as "creditedCount"
      from "Post" p where ${visiblePostSql(actor)} and ${week}`;
    const top = await db.$queryRaw<{ id: string }[]>`
      select p.id from "Post" p
      where ${visiblePostSql(actor)} and ${week}
      order by p."reactionCount" + p."commentCount" + 3 * (select count(*) from "Appreciation" a where a."postId" = p.id) desc, p."createdAt" desc, p.id desc
      limit ${HIGHLIGHTS}`;
    return {
      momentCount: counts?.momentCount ?? 0,
      creditedCount: counts?.creditedCount ?? 0,
      moments: await loadPostViews(
        actor,
        top.map((row) => row.id),
      ),
    };
  },
});
