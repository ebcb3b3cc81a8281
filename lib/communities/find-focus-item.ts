import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { canModerateCommunity, canReadCommunity, requireVisibleCommunity } from "@/lib/communities/access";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { ZId } from "@/lib/id";

export type FocusThread = {
  id: string;
  title: string;
  bodyHtml: string;
  voteCount: number;
  author: { handle: string; name: string };
  acceptedAnswerId: string | null;
  answers: {
    id: string;
    bodyHtml: string;
    createdAt: string;
    author: { handle: string; name: string; avatarUrl: string | null };
  }[];
  canAnswer: boolean;
  canAccept: boolean;
};

/** One focus item with its answers (its own thread), for those who may read the community. */
export const findFocusItem = defineUseCase({
  input: z.object({ itemId: ZId }),
  permission: "communities.read",
  run: async ({ actor, input }): Promise<FocusThread> => {
    const item = await db.focusItem.findFirst({
      where: { id: input.itemId, removedAt: null },
      select: {
        id: true,
        communityId: true,
        title: true,
        bodyHtml: true,
        voteCount: true,
        acceptedAnswerId: true,
        author: { select: { handle: true, name: true } },
        answers: {
          where: { removedAt: null },
          orderBy: { createdAt: "asc" },
          take: 200,
          select: {
            id: true,
            bodyHtml: true,
            createdAt: true,
            author: { select: { handle: true, name: true, avatarUrl: true } },
          },
        },
      },
    });
    if (!item) throw new AppError("NOT_FOUND", "That item does not exist.");
    const { community, role } = await requireVisibleCommunity(db, actor, { id: item.communityId });
    if (!canReadCommunity(actor, community, role)) throw new AppError("NOT_FOUND", "That item does not exist.");
    const canModerate = canModerateCommunity(actor, role);
    return {
      id: item.id,
      title: item.title,
      bodyHtml: item.bodyHtml,
      voteCount: item.voteCount,
      author: item.author,
      acceptedAnswerId: item.acceptedAnswerId,
      answers: item.answers.map((answer) => ({ ...answer, createdAt: answer.createdAt.toISOString() })),
      canAnswer: !community.archivedAt && (role !== null || canModerate),
      canAccept: !community.archivedAt && canModerate,
    };
  },
});
