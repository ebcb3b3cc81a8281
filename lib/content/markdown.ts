import MarkdownIt from "markdown-it";
import type { Env, StateCore, StateInline, Token } from "markdown-it";

/**
 * The one markdown-it instance that both renders user text and extracts from it, so the renderer and the
 * extractors always agree on what is a link, a mention or code.
 *
 * The subset: paragraphs, single newline → <br>, **bold**, *italic*, ~~strike~~, lists, blockquotes, code spans
 * and blocks, links (explicit and bare http(s) URLs; bare emails become mailto:) and @mentions.
 * - Headings, setext headings and horizontal rules are switched off, so `# x`, `x\n===` and `---` stay literal text.
 * - Images are never <img>: `![alt](url)` becomes an ordinary link to url (text: alt) under the same URL policy.
 * - Raw HTML is never parsed (`html: false` plus the html rules disabled), so `<b>` arrives as the text "<b>".
 */

export type MentionDirectory = ReadonlyMap<string, { handle: string; name: string }>;

export interface ContentEnv extends Env {
  mentions?: MentionDirectory;
}

export const LINK_REL = "noopener noreferrer nofollow";

const ALLOWED_PROTOCOLS = new Set(["http:", "https:", "mailto:"]);
// An absolute URL with an authority for http(s); anything relative, protocol-relative or schemeless fails here.
const ALLOWED_HREF_SHAPE = /^(?:https?:\/\/[^/\\\s]|mailto:\S)/i;

/** Whether a (normalized) href may become a link: http:, https: and mailto: only. */
export function isAllowedHref(href: string): boolean {
  if (!ALLOWED_HREF_SHAPE.test(href)) return false;
  try {
    const url = new URL(href);
    return ALLOWED_PROTOCOLS.has(url.protocol) && (url.protocol === "mailto:" || url.hostname !== "");
  } catch {
    return false;
  }
}

export const MENTION_TOKEN = "mention";
const HANDLE_MIN = 2;
const HANDLE_MAX = 40;
const AT = 0x40;
// Before "@": start, whitespace or punctuation, but not what makes it part of a word, an email, a path or a query.
const BLOCKED_BEFORE_MENTION = /[\p{L}\p{N}\p{M}.+\-/\\@=&%#]/u;
// After the handle: a letter (e.g. "@josé") or "@"/".x" (an email or domain) means this was not a handle.
const BLOCKED_AFTER_MENTION = /[\p{L}\p{N}\p{M}@]/u;

function isHandleChar(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === 0x2d
  );
}

/** Inline rule: `@handle` → a `mention` token carrying the lowercase handle; known or not is decided at render time. */
function mentionRule(state: StateInline, silent: boolean): boolean {
  const start = state.pos;
  if (state.src.charCodeAt(start) !== AT || state.linkLevel > 0) return false;
  const before = state.src[start - 1];
  if (before !== undefined && BLOCKED_BEFORE_MENTION.test(before)) return false;

  let end = start + 1;
  while (end < state.posMax && end - start - 1 <= HANDLE_MAX && isHandleChar(state.src.charCodeAt(end))) end++;
  const length = end - start - 1;
  if (length < HANDLE_MIN || length > HANDLE_MAX) return false;
  if (end < state.posMax) {
    const after = state.src[end] ?? "";
    if (BLOCKED_AFTER_MENTION.test(after)) return false;
    if (after === "." && /[\p{L}\p{N}]/u.test(state.src[end + 1] ?? "")) return false;
  }

  if (!silent) {
    const token = state.push(MENTION_TOKEN, "", 0);
    token.content = state.src.slice(start, end);
    token.meta = { handle: state.src.slice(start + 1, end).toLowerCase() };
  }
  state.pos = end;
  return true;
}

export function mentionHandleOf(token: Token): string | null {
  const handle = token.meta?.handle;
  return token.type === MENTION_TOKEN && typeof handle === "string" ? handle : null;
}

/** Plain text of inline tokens (alt text, link labels): what a reader sees, without markup. */
export function inlineText(tokens: readonly Token[]): string {
  let text = "";
  for (const token of tokens) {
    if (
      token.type === "text" ||
      token.type === "code_inline" ||
      token.type === "text_special" ||
      token.type === MENTION_TOKEN
    ) {
      text += token.content;
    } else if (token.type === "softbreak" || token.type === "hardbreak") {
      text += " ";
    } else if (token.type === "image" && token.children) {
      text += inlineText(token.children);
    }
  }
  return text;
}

// Only the href survives (titles are not in the allowlist); every link opens apart from the intranet.
function linkAttrs(href: string): [string, string][] {
  return [
    ["href", href],
    ["rel", LINK_REL],
    ["target", "_blank"],
  ];
}

/** Core rule: images become plain links (or, without a usable URL, their alt text); links get rel/target. */
function linkPolicyRule(state: StateCore): void {
  for (const block of state.tokens) {
    if (block.type !== "inline" || !block.children) continue;
    const children: Token[] = [];
    for (const token of block.children) {
      if (token.type === "image") {
        const src = String(token.attrGet("src") ?? "");
        const alt = inlineText(token.children ?? []);
        if (src !== "" && isAllowedHref(src)) {
          const open = new state.Token("link_open", "a", 1);
          open.attrs = linkAttrs(src);
          const text = new state.Token("text", "", 0);
          text.content = alt.trim() === "" ? src : alt;
          children.push(open, text, new state.Token("link_close", "a", -1));
        } else if (alt !== "") {
          const text = new state.Token("text", "", 0);
          text.content = alt;
          children.push(text);
        }
        continue;
      }
      if (token.type === "link_open") token.attrs = linkAttrs(String(token.attrGet("href") ?? ""));
      children.push(token);
    }
    block.children = children;
  }
}

function createMarkdown() {
  const md = new MarkdownIt("default", { html: false, linkify: true, breaks: true, typographer: false });
  md.disable(["heading", "lheading", "hr", "table", "html_block", "html_inline"]);
  // linkify-it's fuzzy domains ("readme.md", "main.rs") are off by default; keep them off, only scheme URLs link.
  md.linkify.set({ fuzzyLink: false, fuzzyEmail: true, fuzzyIP: false });
  md.validateLink = isAllowedHref;
  md.inline.ruler.after("text", MENTION_TOKEN, mentionRule);
  md.core.ruler.push("link_policy", linkPolicyRule);

  md.renderer.rules[MENTION_TOKEN] = (tokens, idx, _options, env) => {
    const token = tokens[idx];
    if (!token) return "";
    const handle = mentionHandleOf(token);
    const person = handle ? (env as ContentEnv | undefined)?.mentions?.get(handle) : undefined;
    if (!handle || !person) return md.utils.escapeHtml(token.content);
    // The handle matched [a-z0-9-]; the display name is user data and is escaped.
    return `<a href="/people/${handle}" class="mention" data-mention="${handle}">@${md.utils.escapeHtml(person.name)}</a>`;
  };
  return md;
}

export const markdown = createMarkdown();

/** Tokens exactly as the renderer sees them. */
export function parseMarkdown(source: string, env: ContentEnv = {}): Token[] {
  return markdown.parse(source, env);
}
