import "server-only";
import { db } from "@/lib/db";
import { personRefSelect, type PersonRef } from "@/lib/people/person-ref";
import { liveQuestionWhere } from "@/lib/questions/visibility";

export type WaitingQuestion = {
  id: string;
  title: string;
  createdAt: string;
  voteCount: number;
  target: PersonRef | null;
};

/** Open questions that have waited longest (oldest first), company-wide or for one leader. Never the asker. */
export async function waitingQuestions(options: { leaderId?: string; take: number }): Promise<WaitingQuestion[]> {
  const rows = await db.question.findMany({
    where: { ...liveQuestionWhere, status: "OPEN", ...(options.leaderId && { targetLeaderId: options.leaderId }) },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: options.take,
    select: { id: true, title: true, createdAt: true, voteCount: true, targetLeader: { select: personRefSelect } },
  });
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    createdAt: row.createdAt.toISOString(),
    voteCount: row.voteCount,
    target: row.targetLeader,
  }));
}
