import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { decodeKeyset, NEWEST_FIRST, toPage, ZCursor, type Page } from "@/lib/pagination";
import { QUESTION_SORTS, QUESTION_STATUSES } from "@/lib/questions/question-input";
import { loadQuestionViews, type QuestionView } from "@/lib/questions/question-view";
import { visibleQuestionWhere } from "@/lib/questions/visibility";
import { ZId } from "@/lib/id";

export const QUESTIONS_PAGE_SIZE = 20;

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === "" || value === "all" ? undefined : value), schema.optional()).catch(undefined);

// Read from URLs, so a stale or hand-edited value falls back to the default instead of failing the page.
export const ZListQuestionsInput = z.object({
  sort: z.enum(QUESTION_SORTS).catch("votes").default("votes"),
  status: optional(z.enum(QUESTION_STATUSES)),
  leaderId: optional(ZId),
  amaSessionId: optional(ZId),
  liveShowId: optional(ZId),
  cursor: ZCursor,
  limit: z.coerce.number().int().min(1).max(50).catch(QUESTIONS_PAGE_SIZE).default(QUESTIONS_PAGE_SIZE),
});

export type TListQuestionsInput = z.input<typeof ZListQuestionsInput>;

/**
 * Questions to leadership. Sorted by votes (then newest), newest, or unanswered (open ones, oldest first:
 * whoever has waited longest comes first). Filter by leader (asked to them, or answered by them) and
 * status. Merged questions live on in their target and are left out. Keyset pagination; four queries.
 */
export const listQuestions = defineUseCase({
  input: ZListQuestionsInput,
  permission: "questions.read",
  run: async ({ actor, input }): Promise<Page<QuestionView>> => {
    const status = input.sort === "unanswered" ? "OPEN" : input.status;
    const filters: Prisma.QuestionWhereInput[] = [visibleQuestionWhere(actor), { mergedIntoId: null }];
    if (status) filters.push({ status });
    if (input.leaderId)
      filters.push({ OR: [{ targetLeaderId: input.leaderId }, { answers: { some: { authorId: input.leaderId } } }] });
    if (input.amaSessionId) filters.push({ amaSessionId: input.amaSessionId });
    if (input.liveShowId) filters.push({ liveShowId: input.liveShowId });
    const after = afterCursor(input.sort, input.cursor);
    if (after) filters.push(after);

    const rows = await db.question.findMany({
      where: { AND: filters },
      orderBy: orderOf(input.sort),
      take: input.limit + 1,
      select: { id: true, voteCount: true, createdAt: true },
    });
    const page = toPage(rows, input.limit, (row) =>
      input.sort === "votes"
        ? [row.voteCount, row.createdAt.toISOString(), row.id]
        : [row.createdAt.toISOString(), row.id],
    );
    return {
      items: await loadQuestionViews(
        actor,
        page.items.map((row) => row.id),
      ),
      nextCursor: page.nextCursor,
    };
  },
});

function orderOf(sort: (typeof QUESTION_SORTS)[number]): Prisma.QuestionOrderByWithRelationInput[] {
  if (sort === "votes") return [{ voteCount: "desc" }, { createdAt: "desc" }, { id: "desc" }];
  if (sort === "newest") return [{ createdAt: "desc" }, { id: "desc" }];
  return [{ createdAt: "asc" }, { id: "asc" }];
}

function afterCursor(
  sort: (typeof QUESTION_SORTS)[number],
  cursor: string | undefined,
): Prisma.QuestionWhereInput | null {
  if (sort === "votes") {
    const key = decodeKeyset(cursor, ["number", "date", "string"]);
    if (!key) return null;
    const [votes, at, id] = key;
    const createdAt = new Date(at);
    // Each OR comes with a plain bound on its leading key, so the index scan can start at the cursor.
    return {
      voteCount: { lte: votes },
      OR: [
        { voteCount: { lt: votes } },
        { voteCount: votes, createdAt: { lt: createdAt } },
        { voteCount: votes, createdAt, id: { lt: id } },
      ],
    };
  }
  const key = decodeKeyset(cursor, NEWEST_FIRST);
  if (!key) return null;
  const [at, id] = key;
  const createdAt = new Date(at);
  return sort === "newest"
    ? { createdAt: { lte: createdAt }, OR: [{ createdAt: { lt: createdAt } }, { createdAt, id: { lt: id } }] }
    : { createdAt: { gte: createdAt }, OR: [{ createdAt: { gt: createdAt } }, { createdAt, id: { gt: id } }] };
}
