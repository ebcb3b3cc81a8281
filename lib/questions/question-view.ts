import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { plainTextExcerpt } from "@/lib/content/extract";
import { db } from "@/lib/db";
import { askedBy } from "@/lib/privacy/asker-key";
import type { Prisma } from "@/lib/generated/prisma/client";
import { personRefSelect, type PersonRef } from "@/lib/people/person-ref";
import type { QuestionStatusName } from "@/lib/questions/question-input";
import { visibleQuestionWhere } from "@/lib/questions/visibility";

// Never askerKey: who asked is only ever compared in a where clause (see loadQuestionViews).
function questionSelect(actorId: string) {
  return {
    id: true,
    title: true,
    body: true,
    bodyHtml: true,
    isAnonymous: true,
    status: true,
    closedReason: true,
    hiddenAt: true,
    hiddenReason: true,
    voteCount: true,
    firstAnsweredAt: true,
    firstAnswererId: true,
    createdAt: true,
    editedAt: true,
    publicAsker: { select: personRefSelect },
    targetLeader: { select: personRefSelect },
    mergedInto: { select: { id: true, title: true } },
    amaSession: { select: { id: true, title: true } },
    _count: { select: { answers: true } },
    votes: { where: { userId: actorId }, select: { userId: true } },
    follows: { where: { userId: actorId }, select: { userId: true } },
  } satisfies Prisma.QuestionSelect;
}

export type QuestionView = {
  id: string;
  title: string;
  excerpt: string;
  bodyHtml: string;
  /** The markdown, only for the asker (who may edit it while the question is open). */
  body: string | null;
  /** Null when asked anonymously: nobody, leaders and admins included, learns who asked. */
  asker: PersonRef | null;
  isAnonymous: boolean;
  /** Null: the leadership team as a whole. */
  target: PersonRef | null;
  status: QuestionStatusName;
  closedReason: string;
  voteCount: number;
  answerCount: number;
  hasVoted: boolean;
  isFollowing: boolean;
  /** True only in the asker's own reads. */
  isMine: boolean;
  /** Only moderators and the asker can see a hidden question at all. */
  hidden: { reason: string; at: string } | null;
  mergedInto: { id: string; title: string } | null;
  ama: { id: string; title: string } | null;
  firstAnswer: { at: string; by: PersonRef | null } | null;
  createdAt: string;
  editedAt: string | null;
};

/**
 * Questions as the actor may see them, in the order of `ids`; invisible ones are absent. Three queries
 * whatever the count: the questions with their relations, which of them are the actor's own (a where
 * on the private asker, returning ids only), and the first answerers.
 */
export async function loadQuestionViews(actor: Actor, ids: string[]): Promise<QuestionView[]> {
  if (ids.length === 0) return [];
  const where = { AND: [{ id: { in: ids } }, visibleQuestionWhere(actor)] } satisfies Prisma.QuestionWhereInput;
  const [rows, mine] = await Promise.all([
    db.question.findMany({ where, select: questionSelect(actor.id) }),
    db.question.findMany({ where: { id: { in: ids }, ...askedBy(actor.id) }, select: { id: true } }),
  ]);
  const answererIds = [...new Set(rows.flatMap((row) => (row.firstAnswererId ? [row.firstAnswererId] : [])))];
  const answerers =
    answererIds.length > 0
      ? await db.user.findMany({ where: { id: { in: answererIds } }, select: personRefSelect })
      : [];
  const answererById = new Map(answerers.map((person) => [person.id, person]));
  const mineIds = new Set(mine.map((row) => row.id));
  const byId = new Map(rows.map((row) => [row.id, row]));

  return ids.flatMap((id): QuestionView[] => {
    const row = byId.get(id);
    if (!row) return [];
    const isMine = mineIds.has(row.id);
    return [
      {
        id: row.id,
        title: row.title,
        excerpt: plainTextExcerpt(row.body, 220),
        bodyHtml: row.bodyHtml,
        body: isMine ? row.body : null,
        asker: row.isAnonymous ? null : row.publicAsker,
        isAnonymous: row.isAnonymous,
        target: row.targetLeader,
        status: row.status,
        closedReason: row.closedReason,
        voteCount: row.voteCount,
        answerCount: row._count.answers,
        hasVoted: row.votes.length > 0,
        isFollowing: row.follows.length > 0,
        isMine,
        hidden: row.hiddenAt ? { reason: row.hiddenReason, at: row.hiddenAt.toISOString() } : null,
        mergedInto: row.mergedInto,
        ama: row.amaSession,
        firstAnswer: row.firstAnsweredAt
          ? {
              at: row.firstAnsweredAt.toISOString(),
              by: (row.firstAnswererId && answererById.get(row.firstAnswererId)) || null,
            }
          : null,
        createdAt: row.createdAt.toISOString(),
        editedAt: row.editedAt?.toISOString() ?? null,
      },
    ];
  });
}
