import { can, type Actor } from "@/lib/auth/permissions";
import { Prisma, type CommunityVisibility } from "@/lib/generated/prisma/client";
import { rooms } from "@/lib/realtime/events";

// Who may see a post or a comment, as a query. Deleted (by the author), removed or hidden (by a moderator) posts
// and comments are seen by nobody through these; moderation screens read them on purpose, elsewhere. The
// community rule: company-wide posts and PUBLIC community posts are for everyone, PRIVATE and SECRET community
// posts for the community's members; admins see every community. A comment is seen where it is shown itself
// and its post is visible. Every reader picks it up from here.

/** Not deleted by its author, nor removed or hidden by a moderator: the part of the rule that asks nothing of the reader. */
export const shownContentWhere = { deletedAt: null, removedAt: null, hiddenAt: null } as const;

export function visiblePostWhere(actor: Actor): Prisma.PostWhereInput {
  if (can(actor, "communities.moderateAny")) return { ...shownContentWhere };
  return {
    ...shownContentWhere,
    OR: [
      { communityId: null },
      { community: { visibility: "PUBLIC" } },
      { community: { members: { some: { userId: actor.id } } } },
    ],
  };
}

/** The comments the actor may see: shown themselves, on a post they may see. */
export function shownCommentWhere(actor: Actor): Prisma.CommentWhereInput {
  return { ...shownContentWhere, post: visiblePostWhere(actor) };
}

/** The same post rule for hand-written SQL over "Post" aliased `p`; keep the two in step (tests cover both). */
export function visiblePostSql(actor: Actor): Prisma.Sql {
  return Prisma.sql`${alivePostSql} and ${visibleCommunitySql(actor)}`;
}

/** shownCommentWhere in SQL, over "Comment" aliased `c` joined to its "Post" aliased `p`; keep the two in step (tests cover both). */
export function shownCommentSql(actor: Actor): Prisma.Sql {
  return Prisma.sql`c."deletedAt" is null and c."removedAt" is null and c."hiddenAt" is null and ${visiblePostSql(actor)}`;
}

/** Only the removal part of the rule: for a query whose source already settles the community part (company-wide posts, the reader's own communities). */
export const alivePostSql = Prisma.sql`p."deletedAt" is null and p."removedAt" is null and p."hiddenAt" is null`;

/** Only the community part of the rule, over "Post" aliased `p` (notifications keep their own removal rule). */
export function visibleCommunitySql(actor: Actor): Prisma.Sql {
  if (can(actor, "communities.moderateAny")) return Prisma.sql`true`;
  return Prisma.sql`(p."communityId" is null
    or exists (select 1 from "Community" vc where vc.id = p."communityId" and vc.visibility = 'PUBLIC')
    or exists (select 1 from "CommunityMember" vm where vm."communityId" = p."communityId" and vm."userId" = ${actor.id}))`;
}

/** What postAudienceRooms needs to know about a post; select it with `postAudienceSelect`. */
export type PostAudience = { communityId: string | null; community: { visibility: CommunityVisibility } | null };
export const postAudienceSelect = { communityId: true, community: { select: { visibility: true } } } as const;

/** The realtime rooms whose members may see this post: events about it go only there. */
export function postAudienceRooms(post: PostAudience): string[] {
  if (!post.communityId || post.community?.visibility === "PUBLIC") return [rooms.everyone];
  return [rooms.community(post.communityId), rooms.role("ADMIN")];
}
