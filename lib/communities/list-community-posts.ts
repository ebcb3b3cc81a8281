import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { canReadCommunity, requireVisibleCommunity } from "@/lib/communities/access";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { newestFirstAfter, toPage, ZCursor, type Page } from "@/lib/pagination";
import { loadPostViews, type PostView } from "@/lib/posts/post-view";
import { visiblePostWhere } from "@/lib/posts/visibility";
import { ZId } from "@/lib/id";

/** A community's feed: pinned posts first (on the first page), then the newest, keyset on (createdAt, id). */
export const listCommunityPosts = defineUseCase({
  input: z.object({ communityId: ZId, cursor: ZCursor, limit: z.coerce.number().int().min(1).max(50).default(20) }),
  permission: "communities.read",
  run: async ({ actor, input }): Promise<Page<PostView>> => {
    const { community, role } = await requireVisibleCommunity(db, actor, { id: input.communityId });
    if (!canReadCommunity(actor, community, role))
      throw new AppError("FORBIDDEN", "Only members can read this community's posts.");
    const after = newestFirstAfter(input.cursor);
    const keyset = after.AND !== undefined;
    const scope = { AND: [visiblePostWhere(actor), { communityId: community.id }] };
    const [pinned, rows] = await Promise.all([
      keyset
        ? []
        : db.post.findMany({
            where: { AND: [scope, { communityPinnedAt: { not: null } }] },
            orderBy: { communityPinnedAt: "desc" },
            take: 5,
            select: { id: true },
          }),
      db.post.findMany({
        where: {
          AND: [scope, { communityPinnedAt: null }, after],
        },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: input.limit + 1,
        select: { id: true, createdAt: true },
      }),
    ]);
    const page = toPage(rows, input.limit, (row) => [row.createdAt.toISOString(), row.id]);
    return {
      items: await loadPostViews(actor, [...pinned.map((row) => row.id), ...page.items.map((row) => row.id)]),
      nextCursor: page.nextCursor,
    };
  },
});
