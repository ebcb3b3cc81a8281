import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { challengeSummarySelect, toChallengeSummary, type ChallengeSummary } from "@/lib/challenges/challenge-view";
import { visibleChallengeWhere } from "@/lib/challenges/visibility";
import { db } from "@/lib/db";

const MAX_CHALLENGES = 60;

export type ChallengeListItem = ChallengeSummary & { winners: { name: string; handle: string }[] };

/** Running and upcoming challenges (soonest deadline first), then closed ones (latest first), each with its winners. */
export const listChallenges = defineUseCase({
  input: z.object({}).default({}),
  permission: "challenges.read",
  run: async ({ actor }): Promise<ChallengeListItem[]> => {
    const now = new Date();
    const select = {
      ...challengeSummarySelect,
      entries: { where: { rank: 1 }, select: { author: { select: { name: true, handle: true } } } },
    };
    const [open, closed] = await Promise.all([
      db.challenge.findMany({
        where: { AND: [visibleChallengeWhere(actor), { closedAt: null, votingEndsAt: { gt: now } }] },
        orderBy: [{ votingEndsAt: "asc" }, { id: "asc" }],
        take: MAX_CHALLENGES,
        select,
      }),
      db.challenge.findMany({
        where: {
          AND: [visibleChallengeWhere(actor), { OR: [{ closedAt: { not: null } }, { votingEndsAt: { lte: now } }] }],
        },
        orderBy: [{ votingEndsAt: "desc" }, { id: "asc" }],
        take: MAX_CHALLENGES,
        select,
      }),
    ]);
    return [...open, ...closed].map((row) => ({
      ...toChallengeSummary(actor, row, now),
      winners: row.entries.map((entry) => entry.author),
    }));
  },
});
