import { z } from "zod";
import { ZCursor } from "@/lib/pagination";

export const SEARCH_TYPES = [
  "all",
  "posts",
  "comments",
  "questions",
  "answers",
  "actionItems",
  "communities",
  "people",
  "liveShows",
  "challenges",
] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

const emptyToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);
const ZDay = z.preprocess(
  emptyToUndefined,
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "Use a date like 2026-03-31" })
    .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), { error: "That is not a date" })
    .optional(),
);

// The search page's URL, read as input: every field optional, a wrong one named.
export const ZSearchInput = z.object({
  q: z.string().trim().max(200, { error: "Search for at most 200 characters" }).default(""),
  type: z.preprocess(emptyToUndefined, z.enum(SEARCH_TYPES, { error: "Choose what to search" }).default("all")),
  community: z.preprocess(emptyToUndefined, z.string().trim().max(80).optional()),
  // A handle, as people type it: "@maria" or "maria".
  author: z.preprocess(
    (value) => emptyToUndefined(typeof value === "string" ? value.trim().replace(/^@/, "") : value),
    z.string().max(60, { error: "A handle has at most 60 characters" }).optional(),
  ),
  from: ZDay,
  to: ZDay,
  cursor: ZCursor,
});
export type SearchInput = z.output<typeof ZSearchInput>;
