// Snippets come from stored Markdown: shown as plain text, the markers of a match kept. Pure, for server and client.

export const MARK_START = "\u27e6";
export const MARK_END = "\u27e7";

/** Markdown syntax out of a snippet: links and images keep their text, emphasis and headings lose their marks. */
export function plainSnippet(text: string): string {
  return text
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/(\*\*|__|~~|`)/g, "")
    .replace(/(^|\s)[#>]+\s/g, "$1")
    .replace(/\s+/g, " ")
    .trim();
}

/** The snippet as parts, each marked or not, for rendering matches as <mark>. */
export function markedParts(text: string): { text: string; marked: boolean }[] {
  const parts: { text: string; marked: boolean }[] = [];
  for (const [i, chunk] of text.split(MARK_START).entries()) {
    if (i === 0) {
      if (chunk) parts.push({ text: chunk.replaceAll(MARK_END, ""), marked: false });
      continue;
    }
    const end = chunk.indexOf(MARK_END);
    const marked = end === -1 ? chunk : chunk.slice(0, end);
    const rest = end === -1 ? "" : chunk.slice(end + MARK_END.length);
    if (marked) parts.push({ text: marked, marked: true });
    if (rest) parts.push({ text: rest.replaceAll(MARK_END, ""), marked: false });
  }
  return parts;
}
