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

/** Takes `limit + 1` rows and turns them into a page with the cursor of the last row kept. */
export function toPage<T>(rows: T[], limit: number, keyOf: (row: T) => (string | number)[]): Page<T> {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(keyOf(last)) : null };
}
