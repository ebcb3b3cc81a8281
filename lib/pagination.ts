import { z } from "zod";

// Keyset pagination for lists and feeds: the cursor is the sort key of the last row shown, opaque to clients.
export const ZCursor = z.string().max(500).optional();

export type Page<T> = { items: T[]; nextCursor: string | null };

export function encodeCursor(values: (string | number)[]): string {
  return Buffer.from(JSON.stringify(values)).toString("base64url");
}

export function decodeCursor(cursor: string | undefined): (string | number)[] | null {
  if (!cursor) return null;
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    return Array.isArray(values) && values.every((v) => typeof v === "string" || typeof v === "number") ? values : null;
  } catch {
    return null;
  }
}

/** What each part of a sort key is: "date" is an ISO date string (kept as a string: SQL casts it). */
export type KeyPart = "date" | "string" | "number";
export type Keyset<T extends readonly KeyPart[]> = {
  -readonly [I in keyof T]: T[I] extends "number" ? number : string;
};

const fits = (value: string | number, part: KeyPart) =>
  part === "number"
    ? typeof value === "number" && Number.isFinite(value)
    : typeof value === "string" && (part === "string" || !Number.isNaN(Date.parse(value)));

/**
 * The sort key a cursor of ours carries, checked part by part against `shape`; null without a cursor and for
 * anything that is not exactly such a key (a stale or hand-edited cursor starts from the top, never an error).
 */
export function decodeKeyset<const T extends readonly KeyPart[]>(
  cursor: string | undefined,
  shape: T,
): Keyset<T> | null {
  const values = decodeCursor(cursor);
  if (!values || values.length !== shape.length) return null;
  return values.every((value, i) => fits(value, shape[i] as KeyPart)) ? (values as Keyset<T>) : null;
}

/** The (createdAt, id) key of newest-first lists. */
export const NEWEST_FIRST = ["date", "string"] as const;

type NewestFirstWhere = {
  AND?: (
    { createdAt: { lte: Date } } | { OR: ({ createdAt: { lt: Date } } | { createdAt: Date; id: { lt: string } })[] }
  )[];
};

/**
 * Newest first on (createdAt, id) as a Prisma where: the rows after the cursor, or all of them to start. The plain
 * `lte` bound beside the OR lets the index scan start at the cursor.
 */
export function newestFirstAfter(cursor: string | undefined): NewestFirstWhere {
  const key = decodeKeyset(cursor, NEWEST_FIRST);
  if (!key) return {};
  const [at, id] = key;
  const date = new Date(at);
  return {
    AND: [{ createdAt: { lte: date } }, { OR: [{ createdAt: { lt: date } }, { createdAt: date, id: { lt: id } }] }],
  };
}

/** Takes `limit + 1` rows and turns them into a page with the cursor of the last row kept. */
export function toPage<T>(rows: T[], limit: number, keyOf: (row: T) => (string | number)[]): Page<T> {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(keyOf(last)) : null };
}
