import "server-only";
import { z } from "zod";
import { amaPhase, type AmaPhase } from "@/lib/ama/ama-window";
import { defineUseCase } from "@/lib/auth/use-case";
import { db } from "@/lib/db";
import { personRefSelect, type PersonRef } from "@/lib/people/person-ref";
import { liveQuestionWhere } from "@/lib/questions/visibility";

export type AmaSummary = {
  id: string;
  title: string;
  description: string;
  startsAt: string;
  endsAt: string;
  phase: AmaPhase;
  host: PersonRef;
  questionCount: number;
};

export const amaSummarySelect = {
  id: true,
  title: true,
  description: true,
  startsAt: true,
  endsAt: true,
  leader: { select: personRefSelect },
  _count: { select: { questions: { where: liveQuestionWhere } } },
} as const;

type AmaRow = {
  id: string;
  title: string;
  description: string;
  startsAt: Date;
  endsAt: Date;
  leader: PersonRef;
  _count: { questions: number };
};

export function toAmaSummary(row: AmaRow, now: Date = new Date()): AmaSummary {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    phase: amaPhase(row, now),
    host: row.leader,
    questionCount: row._count.questions,
  };
}

/** AMAs running now and coming up (soonest first), then the ones that ended in the last 30 days. One query each. */
export const listAmaSessions = defineUseCase({
  input: z.object({}),
  permission: "questions.read",
  run: async () => {
    const now = new Date();
    const [current, past] = await Promise.all([
      db.amaSession.findMany({
        where: { endsAt: { gt: now } },
        orderBy: [{ startsAt: "asc" }, { id: "asc" }],
        take: 10,
        select: amaSummarySelect,
      }),
      db.amaSession.findMany({
        where: { endsAt: { lte: now, gt: new Date(now.getTime() - 30 * 86_400_000) } },
        orderBy: [{ endsAt: "desc" }, { id: "desc" }],
        take: 5,
        select: amaSummarySelect,
      }),
    ]);
    return { current: current.map((row) => toAmaSummary(row, now)), past: past.map((row) => toAmaSummary(row, now)) };
  },
});
