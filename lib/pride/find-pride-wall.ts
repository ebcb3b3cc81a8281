import "server-only";
import { defineUseCase } from "@/lib/auth/use-case";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { decodeKeyset, NEWEST_FIRST, toPage, ZCursor, type Page } from "@/lib/pagination";
import { loadPostViews, type PostView } from "@/lib/posts/post-view";
import { visiblePostSql } from "@/lib/posts/visibility";
import { prideFilterSql, ZPrideFilters } from "@/lib/pride/pride-filters";
import { z } from "zod";

export const PRIDE_WALL_PAGE_SIZE = 12;

/** The wall of pride: moments of pride the actor may see, newest first, filtered; keyset on (createdAt, id). */
export const findPrideWall = defineUseCase({
  input: ZPrideFilters.extend({
    cursor: ZCursor,
    limit: z.coerce.number().int().min(1).max(50).default(PRIDE_WALL_PAGE_SIZE),
  }),
  permission: "pride.read",
  run: async ({ actor, input }): Promise<Page<PostView>> => {
    const [at, id] = decodeKeyset(input.cursor, NEWEST_FIRST) ?? [];
    const keyset =
      at !== undefined && id !== undefined
        ? Prisma.sql`and p."createdAt" <= ${at}::timestamptz and (p."createdAt", p.id) < (${at}::timestamptz, ${id})`
        : Prisma.empty;
    const rows = await db.$queryRaw<{ id: string; createdAt: Date }[]>`
      select p.id, p."createdAt" from "Post" p
      where ${visiblePostSql(actor)} and ${prideFilterSql(input)} ${keyset}
      order by p."createdAt" desc, p.id desc
      limit ${input.limit + 1}`;
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
