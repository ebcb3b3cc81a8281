// Character references as they appear in titles and meta content. Not the full HTML table (2,000+ names): the
// markup ones, the Latin-1 block and common typography, which is what real <head>s use. Unknown names stay as text.

// U+00A0…U+00FF in order, as HTML 4 named them.
const LATIN1_NAMES =
  "nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute " +
  "micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig " +
  "Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash " +
  "Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc " +
  "euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml " +
  "yacute thorn yuml";

const NAMED: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  ensp: "\u2002",
  emsp: "\u2003",
  thinsp: "\u2009",
  zwnj: "\u200C",
  zwj: "\u200D",
  ndash: "–",
  mdash: "—",
  lsquo: "‘",
  rsquo: "’",
  sbquo: "‚",
  ldquo: "“",
  rdquo: "”",
  bdquo: "„",
  hellip: "…",
  bull: "•",
  lsaquo: "‹",
  rsaquo: "›",
  trade: "™",
  euro: "€",
  dagger: "†",
  Dagger: "‡",
  permil: "‰",
  prime: "′",
  Prime: "″",
  OElig: "Œ",
  oelig: "œ",
  Scaron: "Š",
  scaron: "š",
  Yuml: "Ÿ",
  larr: "←",
  rarr: "→",
  uarr: "↑",
  darr: "↓",
  hearts: "♥",
  check: "✓",
  star: "☆",
  starf: "★",
};
LATIN1_NAMES.split(" ").forEach((name, index) => {
  NAMED[name] = String.fromCharCode(0xa0 + index);
});

// What Windows-1252 puts at 0x80–0x9F. HTML maps numeric references to C1 controls onto it (&#150; is an en dash).
export const WINDOWS_1252_C1 = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

// Digits are bounded so a reference cannot make us build a huge number; the semicolon is optional for numbers and
// the four markup names, as in browsers.
const REFERENCE = /&(?:#(\d{1,8})|#[xX]([0-9a-fA-F]{1,7})|([A-Za-z][A-Za-z0-9]{0,31}));?/g;

function fromCodePoint(code: number): string {
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return "\uFFFD";
  if (code >= 0x80 && code <= 0x9f) return WINDOWS_1252_C1[code - 0x80] ?? "\uFFFD";
  return String.fromCodePoint(code);
}

/** Decodes character references once (so "&amp;lt;" becomes "&lt;", never "<"). */
export function decodeHtmlEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(REFERENCE, (match: string, decimal?: string, hex?: string, name?: string) => {
    if (decimal !== undefined) return fromCodePoint(Number.parseInt(decimal, 10));
    if (hex !== undefined) return fromCodePoint(Number.parseInt(hex, 16));
    const hasSemicolon = match.endsWith(";");
    if (name === undefined || !Object.hasOwn(NAMED, name)) return match;
    if (!hasSemicolon && !["amp", "lt", "gt", "quot"].includes(name)) return match;
    return NAMED[name] ?? match;
  });
}
