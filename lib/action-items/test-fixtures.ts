import { PrismaPg } from "@prisma/adapter-pg";
import { db } from "@/lib/db";
import type { Db } from "@/lib/db/client";
import { PrismaClient, type Prisma } from "@/lib/generated/prisma/client";
import { randomKey } from "@/lib/test/factories";

// Test-only helpers for action items (imported by *.test.ts files only).

/** An item written straight to the database, with its assignees and first history entry; no notifications. */
export async function createActionItemRow(assignerId: string, assigneeIds: string[], overrides: Partial<Prisma.ActionItemUncheckedCreateInput> = {}) {
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

export async function createQuestionWithAnswer(askerId: string, answererId: string, question: Partial<Prisma.QuestionUncheckedCreateInput> = {}) {
  const created = await db.question.create({ data: { askerId, title: `Question ${randomKey()}?`, ...question }, select: { id: true } });
  const answer = await db.answer.create({ data: { questionId: created.id, authorId: answererId, body: "Yes.", bodyHtml: "<p>Yes.</p>\n" } });
  return { questionId: created.id, answer };
}

/** A day `days` from today as a due-date input ("YYYY-MM-DD"). */
export const dayFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/**
 * Runs `work` with lib/db's client swapped for one that counts the SQL statements it sends, and returns
 * the count. The Prisma client emits one query event per statement, driver adapter or not.
 */
export async function countQueries(work: () => Promise<unknown>): Promise<number> {
  const holder = globalThis as unknown as { hearthDb?: Db };
  const original = holder.hearthDb;
  const client = new PrismaClient({
    adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL!, max: 4 }),
    omit: { user: { passwordHash: true }, question: { askerId: true } },
    log: [{ emit: "event", level: "query" }],
  });
  let count = 0;
  client.$on("query", () => void (count += 1));
  holder.hearthDb = client as unknown as Db;
  try {
    await work();
  } finally {
    holder.hearthDb = original;
    await client.$disconnect();
  }
  return count;
}
