// What a person types into search, turned into a PostgreSQL tsquery text (for to_tsquery with the hearth_en and
// hearth_nl configurations, which stem each quoted word in their language). Understood, the way people know it from
// web search: several words (all must match), "an exact phrase", -excluded words, and prefix* words. Everything else
// a person might type (operators, brackets, quotes out of place) is read as plain words, never as tsquery syntax, so
// no input can make the query fail.

export type ParsedSearch = {
  /** The text for to_tsquery, or null when nothing searchable is left (e.g. only exclusions). */
  tsquery: string | null;
  /** The words that must match, for highlighting and name matching. */
  words: string[];
};

const MAX_TERMS = 12;
const MAX_WORD = 60;

/** Letters and digits of any script; everything else separates words. */
function wordsOf(text: string): string[] {
  return (text.normalize("NFC").match(/[\p{L}\p{N}]+/gu) ?? []).map((word) => word.slice(0, MAX_WORD).toLowerCase());
}

function lexeme(word: string, prefix = false): string {
  // wordsOf leaves no quote or backslash, so quoting is safe.
  return `'${word}'${prefix ? ":*" : ""}`;
}

/**
 * @param options.prefixLast treat the last word as a prefix (as-you-type search).
 */
export function parseSearch(input: string, options: { prefixLast?: boolean } = {}): ParsedSearch {
  const text = input.slice(0, 500);
  const must: string[] = [];
  const mustNot: string[] = [];
  const words: string[] = [];
  const pattern = /(-?)"([^"]*)"?|(\S+)/g;
  let terms = 0;
  let lastPlain: { index: number; word: string } | null = null;
  for (const match of text.matchAll(pattern)) {
    if (terms >= MAX_TERMS) break;
    const negated = match[1] === "-" || (match[3]?.startsWith("-") ?? false);
    if (match[2] !== undefined) {
      const phrase = wordsOf(match[2]);
      if (phrase.length === 0) continue;
      terms += 1;
      const expression = `(${phrase.map((word) => lexeme(word)).join(" <-> ")})`;
      if (negated) mustNot.push(expression);
      else {
        must.push(expression);
        words.push(...phrase);
      }
      lastPlain = null;
      continue;
    }
    const raw = match[3] ?? "";
    const body = negated ? raw.slice(1) : raw;
    const prefix = body.endsWith("*");
    const parts = wordsOf(body);
    if (parts.length === 0) continue;
    terms += 1;
    // "e-mail" or "Q3/Q4": one term of several words, which must follow each other.
    const single = parts.length === 1 ? parts[0] : undefined;
    const expression =
      single !== undefined
        ? lexeme(single, prefix)
        : `(${parts.map((word, i) => lexeme(word, prefix && i === parts.length - 1)).join(" <-> ")})`;
    if (negated) mustNot.push(expression);
    else {
      must.push(expression);
      words.push(...parts);
      lastPlain = single !== undefined && !prefix ? { index: must.length - 1, word: single } : null;
    }
  }
  if (options.prefixLast && lastPlain && /\S$/.test(text)) must[lastPlain.index] = lexeme(lastPlain.word, true);
  if (must.length === 0) return { tsquery: null, words: [] };
  const tsquery = [...must, ...mustNot.map((expression) => `!${expression}`)].join(" & ");
  return { tsquery, words };
}
