import type { Token } from "markdown-it";
import { MENTION_TOKEN, mentionHandleOf, parseMarkdown } from "./markdown";

function* inlineTokens(tokens: readonly Token[]): Generator<Token> {
  for (const token of tokens) {
    if (token.type === "inline" && token.children) yield* token.children;
  }
}

/** Lowercase handles of every `@handle` the renderer would treat as a mention (not in code, links or emails). */
export function extractMentionHandles(source: string): string[] {
  const handles = new Set<string>();
  for (const token of inlineTokens(parseMarkdown(source))) {
    const handle = mentionHandleOf(token);
    if (handle) handles.add(handle);
  }
  return [...handles];
}

/** The first http(s) link outside code, explicit or bare, as the renderer would link it; for link previews. */
export function firstLinkUrl(source: string): string | null {
  for (const token of inlineTokens(parseMarkdown(source))) {
    if (token.type !== "link_open") continue;
    const href = String(token.attrGet("href") ?? "");
    if (/^https?:\/\//i.test(href)) return href;
  }
  return null;
}

const BLOCK_ENDS = new Set(["paragraph_close", "list_item_close", "blockquote_close"]);

function plainText(tokens: readonly Token[]): string {
  const parts: string[] = [];
  for (const token of tokens) {
    if (token.type === "inline" && token.children) {
      for (const child of token.children) {
        if (child.type === "softbreak" || child.type === "hardbreak") parts.push(" ");
        else if (child.type === "text" || child.type === "code_inline" || child.type === MENTION_TOKEN)
          parts.push(child.content);
      }
    } else if (token.type === "fence" || token.type === "code_block") {
      parts.push(" ", token.content, " ");
    } else if (BLOCK_ENDS.has(token.type)) {
      parts.push(" ");
    }
  }
  return parts.join("").replace(/\s+/g, " ").trim();
}

/**
 * The text a reader would see, without markdown syntax, whitespace collapsed and at most `max` characters long,
 * cut on a word boundary with "…". Plain text: escape it like any other string (React does).
 */
export function plainTextExcerpt(source: string, max = 160): string {
  const text = plainText(parseMarkdown(source));
  if (text.length <= max) return text;
  if (max < 1) return "";

  const limit = max - 1; // room for "…"
  const lastSpace = text.lastIndexOf(" ", limit);
  let head = lastSpace > 0 ? text.slice(0, lastSpace) : text.slice(0, limit);
  // A single over-long word is cut hard; never leave half of a surrogate pair behind.
  if (/[\uD800-\uDBFF]$/.test(head)) head = head.slice(0, -1);
  head = head.replace(/[\s,;:]+$/u, "");
  return `${head}…`;
}
