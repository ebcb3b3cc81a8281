import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { db } from "@/lib/db";
import { computeResponsiveness, type ResponsivenessFigures } from "@/lib/questions/leader-responsiveness";
import { personRefSelect, type PersonRef } from "@/lib/people/person-ref";
import { waitingQuestions, type WaitingQuestion } from "@/lib/questions/waiting-questions";

export type LeaderRow = { leader: PersonRef; figures: ResponsivenessFigures };
export type LeadershipResponsiveness = { leaders: LeaderRow[]; waiting: WaitingQuestion[] };

/**
 * The public leadership table: every leader's responsiveness (most questions first), and the open
 * questions that have waited longest. Three queries, whatever the number of leaders.
 */
export const findLeadershipResponsiveness = defineUseCase({
  input: z.object({ waiting: z.coerce.number().int().min(0).max(20).default(5) }),
  permission: "questions.read",
  run: async ({ input }): Promise<LeadershipResponsiveness> => {
    const leaders = await db.user.findMany({
      where: { role: "LEADER", deactivatedAt: null },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      select: personRefSelect,
    });
    const [figures, waiting] = await Promise.all([
      computeResponsiveness(
        db,
        leaders.map((leader) => leader.id),
      ),
      waitingQuestions({ take: input.waiting }),
    ]);
    const rows = leaders.map((leader, index) => ({ leader, figures: figures[index]! }));
    rows.sort(
      (a, b) => b.figures.questionCount + b.figures.openCount - (a.figures.questionCount + a.figures.openCount),
    );
    return { leaders: rows, waiting };
  },
});
