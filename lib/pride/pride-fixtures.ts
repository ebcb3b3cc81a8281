import { expect } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { randomKey } from "@/lib/test/factories";

// Test helpers for the pride, appreciation and poll tests.

/** The AppError a call rejects with (fails the test if it resolves or throws something else). */
export async function appErrorOf(promise: Promise<unknown>): Promise<AppError> {
  const error: unknown = await promise.then(
    () => new Error("expected the call to be refused, but it succeeded"),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

export async function createValue(overrides: { archivedAt?: Date } = {}) {
  const key = randomKey();
  return db.companyValue.create({
    data: { slug: `value-${key}`, name: `Value ${key}`, emoji: "⭐", position: 1000, ...overrides },
  });
}
