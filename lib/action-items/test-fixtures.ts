import type pg from "pg";
import { db } from "@/lib/db";
import { createPool, createPrismaClient, type Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { randomKey } from "@/lib/test/factories";
import { askerKeyOf } from "@/lib/privacy/asker-key";

// Test-only helpers for action items (imported by *.test.ts files only).

/** An item written straight to the database, with its assignees and first history entry; no notifications. */
export async function createActionItemRow(
  assignerId: string,
  assigneeIds: string[],
  overrides: Partial<Prisma.ActionItemUncheckedCreateInput> = {},
) {
  return db.actionItem.create({
    data: {
      title: `Item ${randomKey()}`,
      assignerId,
      ...overrides,
      assignees: { createMany: { data: assigneeIds.map((userId) => ({ userId })) } },
      updates: { create: { authorId: assignerId, toStatus: "OPEN", body: "Assigned." } },
    },
  });
}

export async function createQuestionWithAnswer(
  askerId: string,
  answererId: string,
  question: Partial<Prisma.QuestionUncheckedCreateInput> = {},
) {
  const created = await db.question.create({
    data: { askerKey: askerKeyOf(askerId), title: `Question ${randomKey()}?`, ...question },
    select: { id: true },
  });
  const answer = await db.answer.create({
    data: { questionId: created.id, authorId: answererId, body: "Yes.", bodyHtml: "<p>Yes.</p>\n" },
  });
  return { questionId: created.id, answer };
}

/** A day `days` from today as a due-date input ("YYYY-MM-DD"). */
export const dayFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/**
 * Runs `work` with lib/db's connection swapped for one that counts the SQL statements it sends, and returns
 * the count: every statement, whether Prisma sends it or a hot read goes to the pool directly (lib/db/hot-query.ts).
 */
export async function countQueries(work: () => Promise<unknown>): Promise<number> {
  const holder = globalThis as unknown as { hearthDb?: { pool: pg.Pool; client: Db } };
  const original = holder.hearthDb;
  const pool = createPool(process.env.DATABASE_URL!, 4);
  let count = 0;
  pool.on("connect", (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
      count += 1;
      return query(...args);
    };
  });
  const client = createPrismaClient(pool);
  holder.hearthDb = { pool, client };
  try {
    await work();
  } finally {
    holder.hearthDb = original;
    await client.$disconnect();
    await pool.end().catch(() => undefined);
  }
  return count;
}
