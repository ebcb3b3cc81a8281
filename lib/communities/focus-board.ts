import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { canModerateCommunity, canReadCommunity, requireVisibleCommunity } from "@/lib/communities/access";
import { plainTextExcerpt } from "@/lib/content/extract";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { ZId } from "@/lib/id";

export type FocusItemView = {
  id: string;
  title: string;
  bodyHtml: string;
  author: { handle: string; name: string };
  voteCount: number;
  answerCount: number;
  hasMyVote: boolean;
  acceptedAnswer: { id: string; excerpt: string; author: { handle: string; name: string } } | null;
  createdAt: string;
};

export type FocusBoard = {
  goal: string;
  success: string;
  target: number | null;
  reviewAt: string | null;
  items: FocusItemView[];
  progress: { done: number; of: number }; // of the top `target` items (by votes), how many have an accepted answer
  canPropose: boolean;
  canModerate: boolean;
};

/** The focus board of a community with a purpose: items by votes, each with its accepted answer, and the progress. */
export const findFocusBoard = defineUseCase({
  input: z.object({ communityId: ZId }),
  permission: "communities.read",
  run: async ({ actor, input }): Promise<FocusBoard | null> => {
    const { community, role } = await requireVisibleCommunity(db, actor, { id: input.communityId });
    if (!canReadCommunity(actor, community, role))
      throw new AppError("FORBIDDEN", "Only members can see this community's focus board.");
    const purpose = await db.community.findUniqueOrThrow({
      where: { id: community.id },
      select: { purposeGoal: true, purposeSuccess: true, purposeTarget: true, purposeReviewAt: true },
    });
    if (!purpose.purposeGoal) return null;
    const rows = await db.focusItem.findMany({
      where: { communityId: community.id, removedAt: null },
      orderBy: [{ voteCount: "desc" }, { createdAt: "asc" }, { id: "asc" }],
      take: 100,
      select: {
        id: true,
        title: true,
        bodyHtml: true,
        voteCount: true,
        answerCount: true,
        createdAt: true,
        author: { select: { handle: true, name: true } },
        votes: { where: { userId: actor.id }, select: { userId: true } },
        acceptedAnswer: {
          select: { id: true, body: true, removedAt: true, author: { select: { handle: true, name: true } } },
        },
      },
    });
    const items = rows.map((row) => ({
      id: row.id,
      title: row.title,
      bodyHtml: row.bodyHtml,
      author: row.author,
      voteCount: row.voteCount,
      answerCount: row.answerCount,
      hasMyVote: row.votes.length > 0,
      acceptedAnswer:
        row.acceptedAnswer && !row.acceptedAnswer.removedAt
          ? {
              id: row.acceptedAnswer.id,
              excerpt: plainTextExcerpt(row.acceptedAnswer.body, 200),
              author: row.acceptedAnswer.author,
            }
          : null,
      createdAt: row.createdAt.toISOString(),
    }));
    const of = purpose.purposeTarget ?? items.length;
    const top = items.slice(0, of);
    return {
      goal: purpose.purposeGoal,
      success: purpose.purposeSuccess ?? "",
      target: purpose.purposeTarget,
      reviewAt: purpose.purposeReviewAt?.toISOString() ?? null,
      items,
      progress: { done: top.filter((item) => item.acceptedAnswer).length, of },
      canPropose: !community.archivedAt && (role !== null || canModerateCommunity(actor, role)),
      canModerate: canModerateCommunity(actor, role),
    };
  },
});
