import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { personRefSelect, type PersonRef } from "@/lib/people/person-ref";

export type LiveCommentView = {
  id: string;
  author: PersonRef;
  bodyHtml: string;
  createdAt: string;
  highlighted: boolean;
  /** Whoever thanked the commenter for this comment (the host, or an admin standing in). */
  thankedBy: PersonRef[];
};

export const liveCommentSelect = {
  id: true,
  bodyHtml: true,
  createdAt: true,
  highlightedAt: true,
  author: { select: personRefSelect },
  appreciations: { select: { leader: { select: personRefSelect } }, orderBy: { createdAt: "asc" } },
} as const satisfies Prisma.LiveCommentSelect;

type Row = Prisma.LiveCommentGetPayload<{ select: typeof liveCommentSelect }>;

export function toCommentView(row: Row): LiveCommentView {
  return {
    id: row.id,
    author: row.author,
    bodyHtml: row.bodyHtml,
    createdAt: row.createdAt.toISOString(),
    highlighted: row.highlightedAt !== null,
    thankedBy: row.appreciations.map((appreciation) => appreciation.leader),
  };
}

/** The stream's order: oldest first, ties by id, as the (showId, createdAt, id) index keeps them. */
export const streamOrder: Prisma.LiveCommentOrderByWithRelationInput[] = [{ createdAt: "asc" }, { id: "asc" }];

/** Comments of one show after the one with `afterId` (all from the start when absent or unknown). */
export async function commentsAfter(
  showId: string,
  afterId: string | undefined,
  limit: number,
): Promise<LiveCommentView[]> {
  const after = afterId
    ? await db.liveComment.findFirst({ where: { id: afterId, showId }, select: { id: true, createdAt: true } })
    : null;
  const rows = await db.liveComment.findMany({
    where: {
      showId,
      removedAt: null,
      ...(after
        ? {
            createdAt: { gte: after.createdAt },
            OR: [{ createdAt: { gt: after.createdAt } }, { id: { gt: after.id } }],
          }
        : {}),
    },
    orderBy: streamOrder,
    take: limit,
    select: liveCommentSelect,
  });
  return rows.map(toCommentView);
}
