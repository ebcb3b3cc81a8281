import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { db } from "@/lib/db";
import { computeResponsiveness, type ResponsivenessFigures } from "@/lib/questions/leader-responsiveness";
import { waitingQuestions, type WaitingQuestion } from "@/lib/questions/waiting-questions";
import { ZId } from "@/lib/id";

export type LeaderResponsiveness = { figures: ResponsivenessFigures; waiting: WaitingQuestion[] };

/** One leader's figures and their open questions waiting longest, for their profile. Null for non-leaders. */
export const findLeaderResponsiveness = defineUseCase({
  input: z.object({ leaderId: ZId }),
  permission: "questions.read",
  run: async ({ input }): Promise<LeaderResponsiveness | null> => {
    const leader = await db.user.findFirst({
      where: { id: input.leaderId, role: "LEADER", deactivatedAt: null },
      select: { id: true },
    });
    if (!leader) return null;
    const [[figures], waiting] = await Promise.all([
      computeResponsiveness(db, [leader.id]),
      waitingQuestions({ leaderId: leader.id, take: 3 }),
    ]);
    return { figures: figures!, waiting };
  },
});
