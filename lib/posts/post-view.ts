import "server-only";
import type { ActionItemChip } from "@/lib/action-items/action-item-view";
import { can, canDeleteContent, canEditContent, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { Prisma, type ReactionKind } from "@/lib/generated/prisma/client";
import { visiblePostSql } from "@/lib/posts/visibility";

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

type Row = Omit<PostView, "images" | "canEdit" | "canDelete" | "canAssignActionItems" | "body"> & {
  body: string;
  authorId: string;
  images: { id: string; width: number; height: number; alt: string }[];
};

const iso = (column: Prisma.Sql) => Prisma.sql`to_char(${column}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`; // = toISOString of a UTC column
const person = (alias: string) =>
  Prisma.raw(`json_build_object('id', ${alias}.id, 'handle', ${alias}.handle, 'name', ${alias}.name, 'title', ${alias}.title, 'avatarUrl', ${alias}."avatarUrl")`);

/**
 * Loads posts as the actor sees them, in the order of `ids`, in ONE statement whatever the page size:
 * author, images, link preview, reaction counts by kind, the actor's own reactions and the action items
 * assigned from each post are aggregated per row. (The feed is the hottest read; see docs/benchmarks.md.)
 */
export async function loadPostViews(actor: Actor, ids: string[]): Promise<PostView[]> {
  if (ids.length === 0) return [];
  const rows = await db.$queryRaw<Row[]>`
    select p.id, p.kind::text as kind, p."bodyHtml", p.body, p."authorId", p."commentCount", p."reactionCount",
           ${iso(Prisma.sql`p."pinnedUntil"`)} as "pinnedUntil", ${iso(Prisma.sql`p."createdAt"`)} as "createdAt", ${iso(Prisma.sql`p."editedAt"`)} as "editedAt",
           json_build_object('id', u.id, 'handle', u.handle, 'name', u.name, 'title', u.title, 'avatarUrl', u."avatarUrl", 'role', u.role) as author,
           case when l.id is null then null
                else json_build_object('url', l.url, 'title', l.title, 'description', l.description, 'siteName', l."siteName") end as "linkPreview",
           coalesce((select json_agg(json_build_object('id', i.id, 'width', i.width, 'height', i.height, 'alt', i.alt) order by i.position)
                     from "PostImage" i where i."postId" = p.id), '[]') as images,
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
                     from "ActionItem" a join "User" au on au.id = a."assignerId" where a."postId" = p.id), '[]') as "actionItems"
    from "Post" p
    join "User" u on u.id = p."authorId"
    left join "LinkPreview" l on l.id = p."linkPreviewId"
    where p.id = any(${ids}) and ${visiblePostSql(actor)}`;
  const canAssignActionItems = can(actor, "actionItems.assign");
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    const { authorId, body, images, ...rest } = row;
    const canEdit = canEditContent(actor, authorId);
    return [
      {
        ...rest,
        body: canEdit ? body : null,
        images: images.map((image) => ({ ...image, url: `/api/uploads/images/${image.id}` })),
        canEdit,
        canDelete: canDeleteContent(actor, authorId),
        canAssignActionItems,
      },
    ];
  });
}
