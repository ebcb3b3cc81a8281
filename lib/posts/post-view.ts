import "server-only";
import type { ActionItemChip } from "@/lib/action-items/action-item-view";
import { can, canDeleteContent, canEditContent, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { Prisma, type ReactionKind } from "@/lib/generated/prisma/client";
import { visiblePostSql } from "@/lib/posts/visibility";
import { toVideoRef } from "@/lib/uploads/video-ref";

export const REACTION_KINDS = ["LIKE", "CELEBRATE", "LOVE", "INSIGHTFUL", "FUNNY"] as const satisfies readonly ReactionKind[];

export type PostView = {
  id: string;
  kind: "POST" | "ANNOUNCEMENT";
  bodyHtml: string;
  body: string | null; // only for someone who may edit it
  pinnedUntil: string | null;
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
  actionItems: ActionItemChip[]; // assigned from this post, shown on it
  canAssignActionItems: boolean;
};

type Row = Omit<PostView, "images" | "videos" | "canEdit" | "canDelete" | "canAssignActionItems" | "body"> & {
  body: string;
  authorId: string;
  images: { id: string; width: number; height: number; alt: string }[];
  videos: { id: string; hasPoster: boolean; width: number | null; height: number | null }[];
};

const iso = (column: Prisma.Sql) => Prisma.sql`to_char(${column}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`; // = toISOString of a UTC column
const person = (alias: string) =>
  Prisma.raw(`json_build_object('id', ${alias}.id, 'handle', ${alias}.handle, 'name', ${alias}.name, 'title', ${alias}.title, 'avatarUrl', ${alias}."avatarUrl")`);

/**
 * Posts as the actor sees them, in ONE statement whatever the page size: `page` picks the posts (their ids
 * and an `ord` to sort by, visibility included), and author, images, videos, link preview, reaction counts by kind,
 * the actor's own reactions and the action items assigned from each post are aggregated per row.
 * The feed is the hottest read (docs/benchmarks.md).
 */
async function queryPostViews(actor: Actor, page: Prisma.Sql): Promise<PostView[]> {
  const rows = await db.$queryRaw<(Row & { ord: unknown })[]>`
    select p.id, p.kind::text as kind, p."bodyHtml", p.body, p."authorId", p."commentCount", p."reactionCount",
           ${iso(Prisma.sql`p."pinnedUntil"`)} as "pinnedUntil", ${iso(Prisma.sql`p."createdAt"`)} as "createdAt", ${iso(Prisma.sql`p."editedAt"`)} as "editedAt",
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
           page.ord
    from (${page}) page
    join "Post" p on p.id = page.id
    join "User" u on u.id = p."authorId"
    left join "LinkPreview" l on l.id = p."linkPreviewId"
    order by page.ord`;
  const canAssignActionItems = can(actor, "actionItems.assign");
  return rows.map(({ authorId, body, images, videos, ord: _ord, ...rest }) => {
    const canEdit = canEditContent(actor, authorId);
    return {
      ...rest,
      body: canEdit ? body : null,
      images: images.map((image) => ({ ...image, url: `/api/uploads/images/${image.id}` })),
      videos: videos.map(({ hasPoster, ...video }) => ({ ...video, ...toVideoRef({ id: video.id, posterKey: hasPoster ? "yes" : null }) })),
      canEdit,
      canDelete: canDeleteContent(actor, authorId),
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
 * The latest stream's next `take` posts after the keyset (createdAt, id), pinned announcements left out
 * (they stand above the feed). The plain `createdAt <= at` bound lets the index scan start at the cursor.
 */
export async function loadLatestPostViews(actor: Actor, after: { at: string; id: string } | null, take: number): Promise<PostView[]> {
  const keyset = after
    ? Prisma.sql`and p."createdAt" <= (${after.at}::timestamptz at time zone 'UTC')
                 and (p."createdAt", p.id) < ((${after.at}::timestamptz at time zone 'UTC'), ${after.id})`
    : Prisma.empty;
  return queryPostViews(
    actor,
    Prisma.sql`select p.id, row_number() over (order by p."createdAt" desc, p.id desc) as ord
               from (select p.id, p."createdAt" from "Post" p
                     where ${visiblePostSql(actor)}
                       and (p."pinnedUntil" is null or p."pinnedUntil" <= now() at time zone 'utc')
                       ${keyset}
                     order by p."createdAt" desc, p.id desc
                     limit ${take}) p`,
  );
}
