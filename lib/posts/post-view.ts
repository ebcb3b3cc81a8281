import "server-only";
import type { ActionItemChip } from "@/lib/action-items/action-item-view";
import { can, canDeleteContent, canEditContent, type Actor } from "@/lib/auth/permissions";
import { hotQuery } from "@/lib/db/hot-query";
import { Prisma, type ReactionKind } from "@/lib/generated/prisma/client";
import { iso, person } from "@/lib/posts/sql-json";
import { visiblePostSql } from "@/lib/posts/visibility";
import { postPrideColumns, toPostPrideFields, type PostPrideFields, type PostPrideRow } from "@/lib/pride/post-pride-columns";
import { toVideoRef } from "@/lib/uploads/video-ref";

export const REACTION_KINDS = ["LIKE", "CELEBRATE", "LOVE", "INSIGHTFUL", "FUNNY"] as const satisfies readonly ReactionKind[];

export type PostView = {
  id: string;
  kind: "POST" | "ANNOUNCEMENT" | "PRIDE";
  bodyHtml: string;
  body: string | null; // only for someone who may edit it
  pinnedUntil: string | null;
  community: { id: string; slug: string; name: string } | null; // null: company-wide
  communityPinnedAt: string | null;
  createdAt: string;
  editedAt: string | null;
  author: { id: string; handle: string; name: string; title: string; avatarUrl: string | null; role: string };
  images: { id: string; url: string; width: number; height: number; alt: string }[];
  videos: { id: string; url: string; posterUrl: string | null; width: number | null; height: number | null }[];
  linkPreview: { url: string; title: string; description: string; siteName: string } | null;
  commentCount: number;
  reactionCount: number;
  reactions: { kind: ReactionKind; count: number }[];
  myReactions: ReactionKind[];
  canEdit: boolean;
  canDelete: boolean;
  canModerate: boolean; // may remove it with a reason: its community's moderators and admins, never on their own post
  actionItems: ActionItemChip[]; // assigned from this post, shown on it
  canAssignActionItems: boolean;
} & PostPrideFields; // tagged colleagues, values, leaders' appreciations, poll

type Row = Omit<PostView, "images" | "videos" | "canEdit" | "canDelete" | "canModerate" | "canAssignActionItems" | "body" | keyof PostPrideFields> &
  PostPrideRow & {
    isModerator: boolean;
    body: string;
    authorId: string;
    images: { id: string; width: number; height: number; alt: string }[];
    videos: { id: string; hasPoster: boolean; width: number | null; height: number | null }[];
  };

/**
 * Posts as the actor sees them, in ONE statement whatever the page size: `page` picks the posts (their ids
 * and an `ord` to sort by, visibility included), and author, images, videos, link preview, reaction counts by
 * kind, the actor's own reactions, the action items assigned from each post, and its pride tags, values,
 * appreciations and poll (lib/pride/post-pride-columns.ts) are aggregated per row.
 * The feed is the hottest read (docs/benchmarks.md).
 */
async function queryPostViews(actor: Actor, page: Prisma.Sql): Promise<PostView[]> {
  const rows = await hotQuery<Row & { ord: unknown }>(Prisma.sql`
    select p.id, p.kind::text as kind, p."bodyHtml", p.body, p."authorId", p."commentCount", p."reactionCount",
           ${iso(Prisma.sql`p."pinnedUntil"`)} as "pinnedUntil", ${iso(Prisma.sql`p."communityPinnedAt"`)} as "communityPinnedAt",
           case when cm.id is null then null else json_build_object('id', cm.id, 'slug', cm.slug, 'name', cm.name) end as community,
           ${iso(Prisma.sql`p."createdAt"`)} as "createdAt", ${iso(Prisma.sql`p."editedAt"`)} as "editedAt",
           json_build_object('id', u.id, 'handle', u.handle, 'name', u.name, 'title', u.title, 'avatarUrl', u."avatarUrl", 'role', u.role) as author,
           case when l.id is null then null
                else json_build_object('url', l.url, 'title', l.title, 'description', l.description, 'siteName', l."siteName") end as "linkPreview",
           coalesce((select json_agg(json_build_object('id', i.id, 'width', i.width, 'height', i.height, 'alt', i.alt) order by i.position)
                     from "PostImage" i where i."postId" = p.id), '[]') as images,
           coalesce((select json_agg(json_build_object('id', v.id, 'hasPoster', v."posterKey" is not null, 'width', v.width, 'height', v.height) order by v."createdAt", v.id)
                     from "PostVideo" v where v."postId" = p.id), '[]') as videos,
           coalesce((select json_agg(json_build_object('kind', k.kind, 'count', k.n) order by k.kind)
                     from (select r.kind, count(*)::int as n from "Reaction" r where r."postId" = p.id group by r.kind) k), '[]') as reactions,
           coalesce((select json_agg(r.kind order by r.kind) from "Reaction" r where r."postId" = p.id and r."userId" = ${actor.id}), '[]') as "myReactions",
           coalesce((select json_agg(json_build_object(
                       'id', a.id, 'title', a.title, 'status', a.status, 'dueDate', ${iso(Prisma.sql`a."dueDate"`)},
                       'isOverdue', a.status in ('OPEN', 'IN_PROGRESS') and a."dueDate" is not null and a."dueDate" < now() at time zone 'utc',
                       'assigner', ${person("au")},
                       'assignees', coalesce((select json_agg(${person("x")} order by x.name)
                                              from "ActionItemAssignee" aa join "User" x on x.id = aa."userId"
                                              where aa."actionItemId" = a.id), '[]'),
                       'answerId', a."answerId", 'postId', a."postId", 'commentId', a."commentId") order by a."createdAt", a.id)
                     from "ActionItem" a join "User" au on au.id = a."assignerId" where a."postId" = p.id), '[]') as "actionItems",
           (${can(actor, "communities.moderateAny")} or exists (select 1 from "CommunityMember" m
              where m."communityId" = p."communityId" and m."userId" = ${actor.id} and m.role in ('OWNER', 'MODERATOR'))) as "isModerator",
           ${postPrideColumns(actor)},
           page.ord
    from (${page}) page
    join "Post" p on p.id = page.id
    join "User" u on u.id = p."authorId"
    left join "LinkPreview" l on l.id = p."linkPreviewId"
    left join "Community" cm on cm.id = p."communityId"
    order by page.ord`);
  const canAssignActionItems = can(actor, "actionItems.assign");
  return rows.map(({ authorId, body, images, videos, isModerator, ord: _ord, prideTags, values, appreciations, poll, ...rest }) => {
    const canEdit = canEditContent(actor, authorId);
    return {
      ...rest,
      ...toPostPrideFields(actor, authorId, { prideTags, values, appreciations, poll }),
      body: canEdit ? body : null,
      images: images.map((image) => ({ ...image, url: `/api/uploads/images/${image.id}` })),
      videos: videos.map(({ hasPoster, ...video }) => ({ ...video, ...toVideoRef({ id: video.id, posterKey: hasPoster ? "yes" : null }) })),
      canEdit,
      canDelete: canDeleteContent(actor, authorId),
      canModerate: isModerator && !canEdit,
      canAssignActionItems,
    };
  });
}

/** The given posts, in the order of `ids`; missing, removed or invisible ones are simply absent. */
export async function loadPostViews(actor: Actor, ids: string[]): Promise<PostView[]> {
  if (ids.length === 0) return [];
  return queryPostViews(
    actor,
    Prisma.sql`select p.id, x.ord from unnest(${ids}::text[]) with ordinality as x(id, ord) join "Post" p on p.id = x.id where ${visiblePostSql(actor)}`,
  );
}

/**
 * The home feed's next `take` posts after the keyset (createdAt, id): company-wide posts, posts in the actor's
 * communities and posts by people they follow (where visible), pinned announcements left out (they stand
 * above the feed). One statement; each source walks its own index from the cursor (Post(communityId, createdAt,
 * id) for company-wide and member posts, Post(authorId, createdAt) for followed people) and stops at `take`,
 * so the cost does not grow with the number of posts. The plain `createdAt <= at` bound lets each scan start there.
 */
export async function loadLatestPostViews(actor: Actor, after: { at: string; id: string } | null, take: number): Promise<PostView[]> {
  const keyset = after
    ? Prisma.sql`and p."createdAt" <= (${after.at}::timestamptz at time zone 'UTC')
                 and (p."createdAt", p.id) < ((${after.at}::timestamptz at time zone 'UTC'), ${after.id})`
    : Prisma.empty;
  const shown = Prisma.sql`${visiblePostSql(actor)} and (p."pinnedUntil" is null or p."pinnedUntil" <= now() at time zone 'utc') ${keyset}`;
  const newest = Prisma.sql`order by p."createdAt" desc, p.id desc limit ${take}`;
  return queryPostViews(
    actor,
    Prisma.sql`select p.id, row_number() over (order by p."createdAt" desc, p.id desc) as ord
               from ((select p.id, p."createdAt" from "Post" p where p."communityId" is null and ${shown} ${newest})
                     union
                     (select p.id, p."createdAt" from "CommunityMember" m
                      cross join lateral (select p.id, p."createdAt" from "Post" p where p."communityId" = m."communityId" and ${shown} ${newest}) p
                      where m."userId" = ${actor.id})
                     union
                     (select p.id, p."createdAt" from "Follow" f
                      cross join lateral (select p.id, p."createdAt" from "Post" p where p."authorId" = f."followeeId" and ${shown} ${newest}) p
                      where f."followerId" = ${actor.id})
                     order by "createdAt" desc, id desc limit ${take}) p`,
  );
}

/** What the home feed is made of, over "Post" aliased `p` (the Top tab; Latest spells it out per index). */
export function homeFeedSql(actor: Actor): Prisma.Sql {
  return Prisma.sql`(p."communityId" is null
    or p."communityId" in (select m."communityId" from "CommunityMember" m where m."userId" = ${actor.id})
    or p."authorId" in (select f."followeeId" from "Follow" f where f."followerId" = ${actor.id}))`;
}
