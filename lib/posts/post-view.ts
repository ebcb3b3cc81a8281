import "server-only";
import { loadActionItemChips, type ActionItemChip } from "@/lib/action-items/action-item-view";
import { can, canDeleteContent, canEditContent, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { Prisma, ReactionKind } from "@/lib/generated/prisma/client";
import { visiblePostWhere } from "@/lib/posts/visibility";

export const REACTION_KINDS = ["LIKE", "CELEBRATE", "LOVE", "INSIGHTFUL", "FUNNY"] as const satisfies readonly ReactionKind[];

const authorSelect = { id: true, handle: true, name: true, title: true, avatarUrl: true, role: true } as const;

function postSelect(actorId: string) {
  return {
    id: true,
    kind: true,
    body: true,
    bodyHtml: true,
    pinnedUntil: true,
    createdAt: true,
    editedAt: true,
    commentCount: true,
    reactionCount: true,
    authorId: true,
    author: { select: authorSelect },
    images: { orderBy: { position: "asc" }, select: { id: true, width: true, height: true, alt: true } },
    linkPreview: { select: { url: true, title: true, description: true, siteName: true } },
    reactions: { where: { userId: actorId }, select: { kind: true } },
  } satisfies Prisma.PostSelect;
}

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

/**
 * Loads posts as the actor sees them, in the order of `ids`. A fixed number of queries whatever the page
 * size: the posts with their relations, one grouped count of reactions by kind, and the action items
 * assigned from any of them.
 */
export async function loadPostViews(actor: Actor, ids: string[]): Promise<PostView[]> {
  if (ids.length === 0) return [];
  const [rows, counts, actionItems] = await Promise.all([
    db.post.findMany({ where: { AND: [{ id: { in: ids } }, visiblePostWhere(actor)] }, select: postSelect(actor.id) }),
    db.reaction.groupBy({ by: ["postId", "kind"], where: { postId: { in: ids } }, _count: { _all: true } }),
    loadActionItemChips({ postIds: ids }),
  ]);
  const canAssignActionItems = can(actor, "actionItems.assign");
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    const canEdit = canEditContent(actor, row.authorId);
    return [
      {
        id: row.id,
        kind: row.kind,
        bodyHtml: row.bodyHtml,
        body: canEdit ? row.body : null,
        pinnedUntil: row.pinnedUntil?.toISOString() ?? null,
        createdAt: row.createdAt.toISOString(),
        editedAt: row.editedAt?.toISOString() ?? null,
        author: row.author,
        images: row.images.map((image) => ({ ...image, url: `/api/uploads/images/${image.id}` })),
        linkPreview: row.linkPreview,
        commentCount: row.commentCount,
        reactionCount: row.reactionCount,
        reactions: REACTION_KINDS.flatMap((kind) => {
          const count = counts.find((c) => c.postId === row.id && c.kind === kind)?._count._all ?? 0;
          return count > 0 ? [{ kind, count }] : [];
        }),
        myReactions: row.reactions.map((reaction) => reaction.kind),
        canEdit,
        canDelete: canDeleteContent(actor, row.authorId),
        actionItems: actionItems.filter((item) => item.postId === row.id),
        canAssignActionItems,
      },
    ];
  });
}
