import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { decodeKeyset, encodeCursor, NEWEST_FIRST, ZCursor, type Keyset, type Page } from "@/lib/pagination";
import type { Actor } from "@/lib/auth/permissions";
import {
  homeFeedSql,
  loadLatestPostViewJson,
  loadPostViewJson,
  parsePostViews,
  type PostView,
  type PostViewJson,
} from "@/lib/posts/post-view";
import { visiblePostSql } from "@/lib/posts/visibility";

export const FEED_PAGE_SIZE = 20;
const TOP_WINDOW_DAYS = 14;

export const ZFindFeedInput = z.object({
  tab: z.enum(["latest", "top"]).default("latest"),
  cursor: ZCursor,
  limit: z.coerce.number().int().min(1).max(50).default(FEED_PAGE_SIZE),
});

/** A feed page whose posts are still the database's JSON texts (lib/posts/post-view.ts). */
export type FeedPageJson = { items: PostViewJson[]; nextCursor: string | null };

/**
 * The home feed: company-wide posts, posts in the actor's communities and by people they follow. Latest: newest first, keyset on (createdAt, id). Top: engagement with time decay,
 * (reactions + 2·comments + 1) / (age in hours + 2)^1.5 over the last two weeks, scored as of the
 * first page's moment (kept in the cursor) so that later pages neither repeat nor skip posts.
 * The posts come as JSON texts: the feed's route sends them on unparsed (feedPageText); findFeed parses them.
 */
export const findFeedJson = defineUseCase({
  input: ZFindFeedInput,
  permission: "posts.read",
  run: async ({ actor, input }): Promise<FeedPageJson> => {
    if (input.tab === "latest") {
      // One statement: the page's posts and everything shown with them.
      const [at, id] = decodeKeyset(input.cursor, NEWEST_FIRST) ?? [];
      const keyset = at !== undefined && id !== undefined ? { at, id } : null;
      const rows = await loadLatestPostViewJson(actor, keyset, input.limit + 1);
      const items = rows.slice(0, input.limit);
      const last = items.at(-1);
      return { items, nextCursor: rows.length > input.limit && last ? encodeCursor([last.createdAt, last.id]) : null };
    }
    const ids = await topIds(actor, decodeKeyset(input.cursor, TOP_KEY), input.limit + 1);
    const pageIds = ids.slice(0, input.limit).map((row) => row.id);
    const last = ids[input.limit - 1];
    const items = await loadPostViewJson(actor, pageIds);
    return { items, nextCursor: ids.length > input.limit && last ? encodeCursor(last.key) : null };
  },
});

/** The home feed as objects (the server-rendered first page, tests). */
export async function findFeed(actor: Actor | null, raw: unknown): Promise<Page<PostView>> {
  const page = await findFeedJson(actor, raw);
  return { items: parsePostViews(page.items), nextCursor: page.nextCursor };
}

/** A feed page as the API's JSON, `{ items, nextCursor }`, built from the texts without parsing them. */
export function feedPageText(page: FeedPageJson): string {
  return `{"items":[${page.items.map((item) => item.json).join(",")}],"nextCursor":${JSON.stringify(page.nextCursor)}}`;
}

type Keyed = { id: string; key: (string | number)[] };

/** The Top tab's key: the first page's moment, then (score, id). */
const TOP_KEY = ["date", "number", "string"] as const;

async function topIds(actor: Actor, after: Keyset<typeof TOP_KEY> | null, take: number): Promise<Keyed[]> {
  const asOf = after ? new Date(after[0]) : new Date();
  const since = new Date(asOf.getTime() - TOP_WINDOW_DAYS * 86_400_000);
  const afterClause = after
    ? Prisma.sql`where (score < ${after[1]} or (score = ${after[1]} and id < ${after[2]}))`
    : Prisma.empty;
  // The visibility rule applies here and again in loadPostViews; the feed's sources (company-wide, my communities, people I follow) too.
  const asOfSql = Prisma.sql`${asOf}::timestamptz`;
  const rows = await db.$queryRaw<{ id: string; score: number }[]>`
    select id, score from (
      select p.id,
             round(((p."reactionCount" + 2 * p."commentCount" + 1)
               / power(extract(epoch from (${asOfSql} - p."createdAt")) / 3600 + 2, 1.5))::numeric, 9)::float8 as score
      from "Post" p
      where ${visiblePostSql(actor)} and ${homeFeedSql(actor)}
        and (p."pinnedUntil" is null or p."pinnedUntil" <= ${asOfSql})
        and p."createdAt" > ${since}
        and p."createdAt" <= ${asOfSql}
    ) scored
    ${afterClause}
    order by score desc, id desc
    limit ${take}`;
  return rows.map((row) => ({ id: row.id, key: [asOf.toISOString(), row.score, row.id] }));
}
