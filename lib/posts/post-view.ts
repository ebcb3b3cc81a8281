import "server-only";
import { actionItemChipsJson } from "@/lib/action-items/action-item-chip";
import { can, type Actor } from "@/lib/auth/permissions";
import { hotQuery } from "@/lib/db/hot-query";
import { Prisma } from "@/lib/generated/prisma/client";
import { flag, imageUrlSql, iso, videoPosterUrlSql, videoUrlSql } from "@/lib/posts/sql-json";
import { alivePostSql, visiblePostSql } from "@/lib/posts/visibility";
import { reactionSummarySql } from "@/lib/reactions/reaction-counts";
import { appreciationFieldsJson, appreciationsJoin } from "@/lib/appreciations/appreciation-view";
import { pollJson } from "@/lib/polls/poll-view";
import { checkPostViewJson, type PostView } from "@/lib/posts/post-view-schema";
import { prideFieldsJson } from "@/lib/pride/pride-view";
import { MODERATING_ROLES } from "@/lib/communities/community-roles";

// The community role set, once (community-roles.ts), as literals: constants, not input, and the statement keeps one
// generic plan.
const MODERATING_ROLES_SQL = Prisma.raw(MODERATING_ROLES.map((role) => `'${role}'`).join(", "));

export type { PostView };

/** A post view as built by the database: its JSON text, with the keys a page needs to order and continue. */
export type PostViewJson = { id: string; createdAt: string; json: string };

// The SQL twin of lib/auth/permissions.ts's canEditContent and canDeleteContent, so that a view comes out of the
// database finished (the feed passes it on without parsing it); the post-view tests hold the two in step.
const isAuthorSql = (actor: Actor) => Prisma.sql`(p."authorId" = ${actor.id})`;

/**
 * Posts as the actor sees them, in ONE statement whatever the page size: `page` picks the posts (their ids
 * and an `ord` to sort by, visibility included), and author, images, videos, link preview, reaction counts by
 * kind, the actor's own reactions, the action items assigned from each post, its pride tags, values,
 * appreciations and poll (each sub-shape in its own module with its type and mapper: action-item-chip,
 * pride-view, appreciation-view, poll-view) and what the actor may do with it are built into
 * one JSON object per post. Role-level permissions are decided by `can` and bound as flags; the per-post part
 * (is the actor the author, a moderator of its community) is the query's. Lookups that stored counts or columns
 * show to be empty are skipped (a post nobody reacted to, a company-wide post has no moderators of its own); reaction counts by
 * kind are stored on the post.
 * The feed is the hottest read (docs/benchmarks.md): its route sends these texts on as they are.
 */
async function queryPostViewJson(actor: Actor, page: Prisma.Sql): Promise<PostViewJson[]> {
  const isAuthor = isAuthorSql(actor);
  const rows = await hotQuery<PostViewJson>(Prisma.sql`
    select p.id, t."createdAt", json_build_object(
           'id', p.id, 'kind', p.kind, 'bodyHtml', p."bodyHtml", 'body', case when ${isAuthor} then p.body end,
           'pinnedUntil', ${iso(Prisma.sql`p."pinnedUntil"`)},
           'community', case when cm.id is null then null else json_build_object('id', cm.id, 'slug', cm.slug, 'name', cm.name) end,
           'communityPinnedAt', ${iso(Prisma.sql`p."communityPinnedAt"`)},
           'createdAt', t."createdAt", 'editedAt', ${iso(Prisma.sql`p."editedAt"`)},
           'author', json_build_object('id', u.id, 'handle', u.handle, 'name', u.name, 'title', u.title, 'avatarUrl', u."avatarUrl", 'role', u.role),
           'images', coalesce((select json_agg(json_build_object('id', i.id, 'url', ${imageUrlSql(Prisma.sql`i.id`)}, 'width', i.width, 'height', i.height, 'alt', i.alt)
                                               order by i.position)
                               from "PostImage" i where i."postId" = p.id), '[]'),
           'videos', coalesce((select json_agg(json_build_object('id', v.id, 'url', ${videoUrlSql(Prisma.sql`v.id`)},
                                                                 'posterUrl', case when v."posterKey" is null then null else ${videoPosterUrlSql(Prisma.sql`v.id`)} end,
                                                                 'width', v.width, 'height', v.height) order by v."createdAt", v.id)
                               from "PostVideo" v where v."postId" = p.id), '[]'),
           'linkPreview', case when l.id is null then null
                               else json_build_object('url', l.url, 'title', l.title, 'description', l.description, 'siteName', l."siteName") end,
           'commentCount', p."commentCount", 'reactionCount', p."reactionCount",
           'reactions', ${reactionSummarySql},
           'myReactions', case when p."reactionCount" = 0 then '[]' else coalesce((select json_agg(r.kind order by r.kind)
                                    from "Reaction" r where r."postId" = p.id and r."userId" = ${actor.id}), '[]') end,
           'canEdit', ${isAuthor}, 'canDelete', ${isAuthor},
           'canModerate', not ${isAuthor} and (${flag(can(actor, "communities.moderateAny"))} or p."communityId" is not null and exists (select 1 from "CommunityMember" m
                            where m."communityId" = p."communityId" and m."userId" = ${actor.id} and m.role in (${MODERATING_ROLES_SQL}))),
           'actionItems', ${actionItemChipsJson(Prisma.sql`p.id`)},
           'canAssignActionItems', ${flag(can(actor, "actionItems.assign"))},
           ${prideFieldsJson}, ${appreciationFieldsJson(actor)}, 'poll', ${pollJson(actor)})::text as json
    from (${page}) page
    join "Post" p on p.id = page.id
    cross join lateral (select ${iso(Prisma.sql`p."createdAt"`)} as "createdAt") t
    join "User" u on u.id = p."authorId"
    left join "LinkPreview" l on l.id = p."linkPreviewId"
    left join "Community" cm on cm.id = p."communityId"
    ${appreciationsJoin(actor)}
    order by page.ord`);
  checkPostViewJson(rows);
  return rows;
}

// The cast is checked: queryPostViewJson held every row against ZPostView outside production.
export const parsePostViews = (rows: PostViewJson[]): PostView[] => rows.map((row) => JSON.parse(row.json) as PostView);

/** The given posts, in the order of `ids`; missing, removed or invisible ones are simply absent. */
export async function loadPostViews(actor: Actor, ids: string[]): Promise<PostView[]> {
  return parsePostViews(await loadPostViewJson(actor, ids));
}

/** loadPostViews as the database's JSON texts. */
export async function loadPostViewJson(actor: Actor, ids: string[]): Promise<PostViewJson[]> {
  if (ids.length === 0) return [];
  return queryPostViewJson(
    actor,
    // The literal limit (= the number of ids) is what lets the prepared statement's generic plan know how few rows
    // come: without it PostgreSQL assumes 100 and plans every call afresh (1.5–4 ms, more than running it).
    Prisma.sql`select p.id, x.ord from (select * from unnest(${ids}::text[]) with ordinality as u(id, ord) limit ${Prisma.raw(String(ids.length))}) x
               join "Post" p on p.id = x.id where ${visiblePostSql(actor)}`,
  );
}

/**
 * The home feed's next `take` posts after the keyset (createdAt, id): company-wide posts, posts in the actor's
 * communities and posts by people they follow (where visible), pinned announcements left out (they stand
 * above the feed). One statement; each source walks its own index from the cursor (Post(communityId, createdAt,
 * id) for company-wide and member posts, Post(authorId, createdAt) for followed people) and stops at `take`,
 * so the cost does not grow with the number of posts. The plain `createdAt <= at` bound lets each scan start there.
 */
export async function loadLatestPostViewJson(
  actor: Actor,
  after: { at: string; id: string } | null,
  take: number,
): Promise<PostViewJson[]> {
  const keyset = after
    ? Prisma.sql`and p."createdAt" <= ${after.at}::timestamptz
                 and (p."createdAt", p.id) < (${after.at}::timestamptz, ${after.id})`
    : Prisma.empty;
  // Company-wide posts and posts in the reader's own communities are visible by where they come from, so those
  // two sources need only the removal rule; a followed person's posts need the whole rule (they may post in a
  // community the reader is not in).
  const unpinned = Prisma.sql`(p."pinnedUntil" is null or p."pinnedUntil" <= now()) ${keyset}`;
  const limit = Prisma.raw(String(Math.trunc(take))); // a literal, so that the prepared statement's generic plan knows the page is small
  const newest = Prisma.sql`order by p."createdAt" desc, p.id desc limit ${limit}`;
  return queryPostViewJson(
    actor,
    Prisma.sql`select p.id, row_number() over (order by p."createdAt" desc, p.id desc) as ord
               from ((select p.id, p."createdAt" from "Post" p where p."communityId" is null and ${alivePostSql} and ${unpinned} ${newest})
                     union
                     (select p.id, p."createdAt" from "CommunityMember" m
                      cross join lateral (select p.id, p."createdAt" from "Post" p
                                          where p."communityId" = m."communityId" and ${alivePostSql} and ${unpinned} ${newest}) p
                      where m."userId" = ${actor.id})
                     union
                     (select p.id, p."createdAt" from "Follow" f
                      cross join lateral (select p.id, p."createdAt" from "Post" p
                                          where p."authorId" = f."followeeId" and ${visiblePostSql(actor)} and ${unpinned} ${newest}) p
                      where f."followerId" = ${actor.id})
                     order by "createdAt" desc, id desc limit ${limit}) p`,
  );
}

/** What the home feed is made of, over "Post" aliased `p` (the Top tab; Latest spells it out per index). */
export function homeFeedSql(actor: Actor): Prisma.Sql {
  return Prisma.sql`(p."communityId" is null
    or p."communityId" in (select m."communityId" from "CommunityMember" m where m."userId" = ${actor.id})
    or p."authorId" in (select f."followeeId" from "Follow" f where f."followerId" = ${actor.id}))`;
}
