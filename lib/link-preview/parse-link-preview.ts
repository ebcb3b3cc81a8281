import { bareHostname, isIpLiteral, isPublicAddress } from "./check-url";
import { decodeHtmlEntities } from "./decode-html-entities";

export type LinkPreview = {
  /** The page's URL after redirects. */
  url: string;
  title: string;
  description: string;
  siteName: string;
  /** Absolute http(s) URL, or null. The viewer's browser loads it; anything that fetches it server-side must check it again. */
  imageUrl: string | null;
};

const MAX_TITLE = 200;
const MAX_DESCRIPTION = 300;
const MAX_SITE_NAME = 100;
const MAX_IMAGE_URL = 2048;

// Elements whose content is text, not markup: skipped whole, so a "<meta>" inside a script string is never read.
const RAW_TEXT_END: Record<string, RegExp> = {
  script: /<\/script[\s/>]/gi,
  style: /<\/style[\s/>]/gi,
  title: /<\/title[\s/>]/gi,
  textarea: /<\/textarea[\s/>]/gi,
  template: /<\/template[\s/>]/gi,
  xmp: /<\/xmp[\s/>]/gi,
};

type Head = { title: string | null; meta: Map<string, string> };

/**
 * Builds a preview from a page's HTML (only its head is read). Null when the page has no title at all.
 * Strings come back as plain text (entities decoded, whitespace collapsed, capped); render them as text, never as HTML.
 */
export function parseLinkPreview(html: string, pageUrl: URL): LinkPreview | null {
  const head = scanHead(html);
  const pick = (...keys: string[]) => keys.map((key) => head.meta.get(key)).find((value) => value && value.trim());

  const title = clean(pick("og:title", "twitter:title") ?? head.title ?? "", MAX_TITLE);
  if (!title) return null;
  const description = clean(pick("og:description", "twitter:description", "description") ?? "", MAX_DESCRIPTION);
  const siteName =
    clean(pick("og:site_name", "application-name") ?? "", MAX_SITE_NAME) || bareHostname(pageUrl).replace(/^www\./, "");
  const imageCandidates = ["og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src"];
  const imageUrl =
    imageCandidates.map((key) => toImageUrl(head.meta.get(key), pageUrl)).find((value) => value !== null) ?? null;

  return { url: pageUrl.href, title, description, siteName, imageUrl };
}

/**
 * A small single-pass tokenizer over the document's head: every character is looked at a bounded number of times,
 * so hostile markup (unclosed quotes, thousands of "<meta") costs linear time, which a backtracking regex would not.
 * Stops at </head>, at <body, or where the (possibly truncated) text ends.
 */
function scanHead(html: string): Head {
  const head: Head = { title: null, meta: new Map() };
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf("<", i);
    if (lt === -1) break;
    if (html.startsWith("<!--", lt)) {
      const end = html.indexOf("-->", lt + 4);
      if (end === -1) break;
      i = end + 3;
      continue;
    }
    if (html[lt + 1] === "!" || html[lt + 1] === "?") {
      const end = html.indexOf(">", lt);
      if (end === -1) break;
      i = end + 1;
      continue;
    }
    const isEndTag = html[lt + 1] === "/";
    const nameStart = lt + (isEndTag ? 2 : 1);
    let nameEnd = nameStart;
    while (nameEnd < html.length && /[A-Za-z0-9:-]/.test(html[nameEnd] ?? "")) nameEnd++;
    if (nameEnd === nameStart) {
      i = lt + 1; // a stray "<" in text
      continue;
    }
    const name = html.slice(nameStart, nameEnd).toLowerCase();
    const tag = readAttributes(html, nameEnd);
    if (!tag) break; // cut off mid-tag
    i = tag.end;
    if (isEndTag) {
      if (name === "head") break;
      continue;
    }
    if (name === "body") break;
    if (name === "meta") addMeta(head.meta, tag.attributes);
    const rawTextEnd = RAW_TEXT_END[name];
    if (rawTextEnd) {
      rawTextEnd.lastIndex = i;
      const close = rawTextEnd.exec(html);
      if (name === "title" && head.title === null) head.title = html.slice(i, close ? close.index : html.length);
      if (!close) break;
      i = close.index;
    }
  }
  return head;
}

function readAttributes(html: string, from: number): { attributes: Map<string, string>; end: number } | null {
  const attributes = new Map<string, string>();
  const isSpace = (char: string | undefined) =>
    char === " " || char === "\t" || char === "\n" || char === "\r" || char === "\f";
  let k = from;
  while (k < html.length) {
    while (isSpace(html[k]) || html[k] === "/") k++;
    if (k >= html.length) return null;
    if (html[k] === ">") return { attributes, end: k + 1 };
    const nameStart = k;
    k++; // the first character may be anything, even "="
    while (k < html.length && !isSpace(html[k]) && html[k] !== "/" && html[k] !== ">" && html[k] !== "=") k++;
    const name = html.slice(nameStart, k).toLowerCase();
    while (isSpace(html[k])) k++;
    let value = "";
    if (html[k] === "=") {
      k++;
      while (isSpace(html[k])) k++;
      const quote = html[k];
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, k + 1);
        if (close === -1) return null;
        value = html.slice(k + 1, close);
        k = close + 1;
      } else {
        const valueStart = k;
        while (k < html.length && !isSpace(html[k]) && html[k] !== ">") k++;
        value = html.slice(valueStart, k);
      }
    }
    if (!attributes.has(name)) attributes.set(name, value);
  }
  return null;
}

function addMeta(meta: Map<string, string>, attributes: Map<string, string>) {
  const content = attributes.get("content");
  if (content === undefined) return;
  // Pages write og:* as property= and twitter:* as name=, and some write both on one tag.
  for (const keyAttribute of ["property", "name"]) {
    const key = attributes.get(keyAttribute)?.trim().toLowerCase();
    if (key && !meta.has(key)) meta.set(key, content);
  }
}

/** Plain text for display: entities decoded, controls and bidi overrides dropped, whitespace collapsed, capped. */
function clean(raw: string, max: number): string {
  const text = decodeHtmlEntities(raw)
    .replace(/[\u0000-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  const chars = Array.from(text); // by code point, so an emoji is never cut in half
  return chars.length <= max
    ? text
    : `${chars
        .slice(0, max - 1)
        .join("")
        .trimEnd()}…`;
}

function toImageUrl(raw: string | undefined, pageUrl: URL): string | null {
  const text = raw === undefined ? "" : decodeHtmlEntities(raw).trim();
  if (!text) return null;
  let url: URL;
  try {
    url = new URL(text, pageUrl);
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  if (url.username || url.password || url.href.length > MAX_IMAGE_URL) return null;
  // Every viewer's browser would request it: an image "hosted" on an intranet address is a way to make them poke it.
  const host = bareHostname(url);
  if (isIpLiteral(host) && !isPublicAddress(host)) return null;
  return url.href;
}
