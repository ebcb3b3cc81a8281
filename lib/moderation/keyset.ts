import { decodeCursor } from "@/lib/pagination";

type KeysetWhere = {
  AND?: (
    { createdAt: { lte: Date } } | { OR: ({ createdAt: { lt: Date } } | { createdAt: Date; id: { lt: string } })[] }
  )[];
};

/** Newest-first keyset on (createdAt, id) for moderation lists: the rows after the cursor, or all to start. */
export function afterCursor(cursor: string | undefined): KeysetWhere {
  const [at, id] = decodeCursor(cursor) ?? [];
  if (typeof at !== "string" || typeof id !== "string" || Number.isNaN(Date.parse(at))) return {};
  const date = new Date(at);
  return {
    AND: [{ createdAt: { lte: date } }, { OR: [{ createdAt: { lt: date } }, { createdAt: date, id: { lt: id } }] }],
  };
}
