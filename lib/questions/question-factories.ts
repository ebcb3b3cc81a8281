// Test-only helpers: questions and answers written straight to the database, for tests that need
// control over fields nobody can set through a use case (createdAt, firstAnsweredAt, hiddenAt).
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { createUser, randomKey } from "@/lib/test/factories";
import { askerKeyOf } from "@/lib/privacy/asker-key";

export const HOUR = 3_600_000;

export function createLeader(overrides: Partial<Prisma.UserUncheckedCreateInput> = {}) {
  return createUser({ role: "LEADER", ...overrides });
}

export async function insertQuestion(askerId: string, overrides: Partial<Prisma.QuestionUncheckedCreateInput> = {}) {
  const title = overrides.title ?? `Question ${randomKey()}?`;
  return db.question.create({
    data: {
      askerKey: askerKeyOf(askerId),
      publicAskerId: overrides.isAnonymous ? null : askerId,
      title,
      ...overrides,
    },
    select: { id: true, title: true, createdAt: true },
  });
}

/** An answered question: asked `askedHoursAgo` before `now`, first answered by `answererId` after `answeredAfterHours`. */
export async function insertAnsweredQuestion(
  askerId: string,
  answererId: string,
  {
    now,
    askedHoursAgo,
    answeredAfterHours,
    ...overrides
  }: { now: Date; askedHoursAgo: number; answeredAfterHours: number } & Partial<Prisma.QuestionUncheckedCreateInput>,
) {
  const createdAt = new Date(now.getTime() - askedHoursAgo * HOUR);
  const firstAnsweredAt = new Date(createdAt.getTime() + answeredAfterHours * HOUR);
  const question = await insertQuestion(askerId, {
    createdAt,
    firstAnsweredAt,
    firstAnswererId: answererId,
    status: "ANSWERED",
    ...overrides,
  });
  await db.answer.create({
    data: {
      questionId: question.id,
      authorId: answererId,
      body: "An answer.",
      bodyHtml: "<p>An answer.</p>\n",
      createdAt: firstAnsweredAt,
    },
  });
  return question;
}
