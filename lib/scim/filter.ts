import { ScimError } from "@/lib/scim/scim-error";

// The filters identity providers send (RFC 7644 §3.4.2.2): `attribute eq "value"`, optionally joined with `and`.
// Entra ID and Okta use `userName eq`, `externalId eq`, `displayName eq` and `id eq`; anything else is refused with
// invalidFilter rather than silently ignored (ignoring a filter would answer with every user).

export type ScimFilter = { attribute: string; value: string }[];

const CLAUSE = /^\s*([A-Za-z][\w.:-]*)\s+eq\s+"((?:[^"\\]|\\.)*)"\s*$/i;

export function parseFilter(filter: string | null, allowed: readonly string[]): ScimFilter {
  if (!filter) return [];
  const clauses = filter.split(/\s+and\s+/i);
  return clauses.map((clause) => {
    const match = CLAUSE.exec(clause);
    if (!match) {
      throw new ScimError(
        400,
        `Only 'attribute eq "value"' filters are supported, not: ${clause.trim()}`,
        "invalidFilter",
      );
    }
    const attribute = allowed.find((name) => name.toLowerCase() === match[1]!.toLowerCase());
    if (!attribute) {
      throw new ScimError(
        400,
        `Filtering by ${match[1]} is not supported (use ${allowed.join(", ")})`,
        "invalidFilter",
      );
    }
    return { attribute, value: match[2]!.replace(/\\(.)/g, "$1") };
  });
}

/** startIndex (1-based) and count, clamped as RFC 7644 §3.4.2.4 asks (less than 1 means 1; count at most `max`). */
export function pageOf(params: URLSearchParams, max = 200): { skip: number; take: number } {
  const start = Math.max(1, Number.parseInt(params.get("startIndex") ?? "1", 10) || 1);
  const countParam = params.get("count");
  const count = countParam === null ? max : Math.max(0, Math.min(max, Number.parseInt(countParam, 10) || 0));
  return { skip: start - 1, take: count };
}
