import { describe, expect, it } from "vitest";
import { growthRatio, LINEAR_AT_8X } from "@/lib/test/growth";
import { markdown } from "@/lib/content/markdown";
import { renderMarkdown } from "@/lib/content/render-markdown";

const REL = 'rel="noopener noreferrer nofollow" target="_blank"';
const ALLOWED_TAGS = ["p", "br", "strong", "em", "s", "ul", "ol", "li", "a", "blockquote", "code", "pre"];
const HOSTILE_NAME = '<img src=x onerror=alert(1)> "Bob" </a><script>alert(2)</script>';

const people = new Map([
  ["bob", { handle: "bob", name: "Bob Builder" }],
  ["alice-b", { handle: "alice-b", name: "Alice B." }],
  ["mallory", { handle: "mallory", name: HOSTILE_NAME }],
]);

function decodeEntities(value: string): string {
  return value
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&colon;/gi, ":")
    .replace(/&tab;/gi, "\t")
    .replace(/&newline;/gi, "\n")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/** Throws unless `html` is something a browser can render without running or loading anything hostile. */
function expectSafe(html: string): void {
  const lower = html.toLowerCase();
  for (const needle of [
    "<script",
    "<svg",
    "<img",
    "<iframe",
    "<style",
    "<object",
    "<embed",
    "<form",
    "<input",
    "<details",
    "<math",
  ]) {
    expect(lower, `contains ${needle}`).not.toContain(needle);
  }
  // Every "<" opens or closes an allowed tag; anything the user typed arrives escaped as &lt;.
  for (const match of html.matchAll(/<\/?([a-z0-9-]*)/gi)) {
    expect(ALLOWED_TAGS, `unexpected <${match[1] ?? ""} in ${html}`).toContain(match[1]?.toLowerCase());
  }
  for (const [tag] of html.matchAll(/<[a-z][^>]*>/gi)) {
    expect(tag, "event handler attribute").not.toMatch(/\son[a-z]+\s*=/i);
    for (const attribute of tag.matchAll(/\s([a-z-]+)="([^"]*)"/gi)) {
      const [, name = "", rawValue = ""] = attribute;
      const value = decodeEntities(rawValue)
        .replace(/[\s\u0000-\u001f]+/g, "")
        .toLowerCase();
      expect(value, `${name} carries a script scheme`).not.toMatch(/(?:javascript|data|vbscript|file):/);
      if (name === "href") expect(value, "href scheme").toMatch(/^(?:https?:\/\/[^/]|mailto:|\/people\/[a-z0-9-]+$)/);
    }
  }
}

const HOSTILE_CORPUS: [string, string][] = [
  ["script tag", "<script>alert(1)</script>"],
  ["javascript: link", "[x](javascript:alert(1))"],
  ["mixed-case javascript: link", "[x](JaVaScRiPt:alert(1))"],
  ["tab inside the scheme", "[x](java\tscript:alert(1))"],
  ["entity-encoded scheme", "[x](&#106;avascript:alert(1))"],
  ["hex entity and &colon;", "[x](&#x6A;avascript&colon;alert(1))"],
  ["numeric entity colon", "[x](javascript&#58;alert(1))"],
  ["percent-encoded scheme", "[x](%6Aavascript:alert(1))"],
  ["leading spaces before the scheme", "[x](   javascript:alert(1))"],
  ["angle-bracket destination", "[x](<javascript:alert(1)>)"],
  ["javascript: link with a title", '[x](javascript:alert(1) "t")'],
  ["javascript: reference definition", "[x]: javascript:alert(1)\n\n[y][x] and [x]"],
  ["img onerror", "<img src=x onerror=alert(1)>"],
  ["svg onload", "<svg onload=alert(1)>"],
  ["svg slash onload in a list", "- <svg/onload=alert(1)>"],
  ["raw anchor with javascript:", '<a href="javascript:x">y</a>'],
  ["raw anchor with onclick", '<a href="https://ok.example" onclick="alert(1)">x</a>'],
  ["markdown image", "![img](https://x.example/y.png)"],
  ["image with javascript:", "![x](javascript:alert(1))"],
  ["image with a data: url", "![x](data:image/png;base64,iVBORw0KGgo=)"],
  ["data: html link", "[x](data:text/html;base64,PHNjcmlwdD4=)"],
  ["data: image link", "[x](data:image/png;base64,iVBORw0KGgo=)"],
  ["iframe", "<iframe src=//evil>"],
  ["iframe srcdoc in a quote", '> <iframe srcdoc="<script>alert(1)</script>">'],
  ["script in a code span", "`<script>`"],
  ["script in a fenced block", "```html\n<script>alert(1)</script>\n```"],
  ["attribute breakout", '"><script>alert(1)</script>'],
  ["protocol-relative link", "[a](//evil.com)"],
  ["bare protocol-relative url", "see //evil.com/x"],
  ["style tag", "<style>body{display:none}</style>"],
  ["vbscript: link", "[x](vbscript:msgbox)"],
  ["file: link", "[x](file:///etc/passwd)"],
  ["javascript: autolink", "<javascript:alert(1)>"],
  ["data: autolink", "<data:text/html,<script>alert(1)</script>>"],
  ["quote breakout in a link", '[x](https://ok.example"onmouseover="alert(1))'],
  ["quote breakout in an autolink", '<https://ok.example/"onmouseover="alert(1)>'],
  ["quote breakout in a bare url", 'https://ok.example/"><script>alert(1)</script>'],
  ["nested emphasis with html", "**<b onmouseover=alert(1)>*<i>x</i>*</b>** ~~<u>y</u>~~"],
  ["html inside a link label", "[<img src=x onerror=alert(1)>](https://ok.example)"],
  ["details ontoggle", "<details open ontoggle=alert(1)>"],
  ["object and embed", "<object data=x></object><embed src=x>"],
  ["form and input", "<form action=https://evil><input autofocus onfocus=alert(1)></form>"],
  ["mXSS via math/style", "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>"],
  ["html comment", "<!-- x --><script>alert(1)</script>"],
  ["split script tag", "<<script>script>alert(1)<</script>/script>"],
  ["null byte", "\u0000<script>alert(1)</script>"],
  ["entity-encoded script", "&lt;script&gt;alert(1)&lt;/script&gt;"],
  ["mention with a hostile display name", "hi @mallory and **@Mallory**"],
  ["hostile text next to a mention", "@bob<script>alert(1)</script>"],
  ["html block after a blank line", "text\n\n<div onclick=alert(1)>\n\n</div>"],
];

describe("renderMarkdown", () => {
  it("[CONTENT] the safety check itself rejects hostile html", () => {
    expect(() => expectSafe('<p><img src="x"></p>')).toThrow();
    expect(() => expectSafe('<p><a href="javascript:alert(1)">x</a></p>')).toThrow();
    expect(() => expectSafe('<p><a href="&#106;avascript:alert(1)">x</a></p>')).toThrow();
    expect(() => expectSafe('<p><a href="//evil.com">x</a></p>')).toThrow();
    expect(() => expectSafe('<p onclick="x">y</p>')).toThrow();
    expect(() => expectSafe("<p><b>user</b></p>")).toThrow();
    expect(() => expectSafe(`<p><a href="https://ok.example" ${REL}>x</a></p>`)).not.toThrow();
  });

  it.each(HOSTILE_CORPUS)("[CONTENT] hostile input renders inert: %s", (_name, source) => {
    expectSafe(renderMarkdown(source));
    expectSafe(renderMarkdown(source, { mentions: people }));
    // Each layer holds on its own: markdown-it's output is already safe before sanitize-html sees it.
    expectSafe(markdown.render(source, { mentions: people }));
  });

  it("[CONTENT] the hostile corpus has at least 25 inputs", () => {
    expect(HOSTILE_CORPUS.length).toBeGreaterThanOrEqual(25);
  });

  it("[CONTENT] raw html is escaped, not dropped", () => {
    expect(renderMarkdown("<b>hi</b> <script>alert(1)</script>")).toBe(
      "<p>&lt;b&gt;hi&lt;/b&gt; &lt;script&gt;alert(1)&lt;/script&gt;</p>\n",
    );
  });

  it("[CONTENT] disallowed link schemes stay plain text", () => {
    for (const source of [
      "[x](javascript:alert(1))",
      "[x](vbscript:msgbox)",
      "[x](data:text/html,hi)",
      "[a](//evil.com)",
      "[b](/relative)",
      "[c](#top)",
      "[d](ftp://files.example)",
      "[e](https:evil.example)",
    ]) {
      const html = renderMarkdown(source);
      expect(html, source).not.toContain("<a");
      expect(html, source).toContain("[");
    }
  });

  it("[CONTENT] a markdown image becomes a plain link named by its alt text, never an <img>", () => {
    expect(renderMarkdown("![the chart](https://x.example/chart.png)")).toBe(
      `<p><a href="https://x.example/chart.png" ${REL}>the chart</a></p>\n`,
    );
    expect(renderMarkdown("![](https://x.example/c.png)")).toBe(
      `<p><a href="https://x.example/c.png" ${REL}>https://x.example/c.png</a></p>\n`,
    );
  });

  it("[CONTENT] headings, setext headings and rules stay literal text", () => {
    expect(renderMarkdown("# Big news")).toBe("<p># Big news</p>\n");
    expect(renderMarkdown("Title\n===\n---")).toBe("<p>Title<br />\n===<br />\n---</p>\n");
    expect(renderMarkdown("| a | b |\n|---|---|\n| 1 | 2 |")).not.toContain("<table");
  });

  it("[CONTENT] bold, italic and strikethrough render as strong, em and s", () => {
    expect(renderMarkdown("**bold** *italic* _also_ ~~gone~~")).toBe(
      "<p><strong>bold</strong> <em>italic</em> <em>also</em> <s>gone</s></p>\n",
    );
  });

  it("[CONTENT] a single newline is a line break, a blank line a new paragraph", () => {
    expect(renderMarkdown("one\ntwo\n\nthree")).toBe("<p>one<br />\ntwo</p>\n<p>three</p>\n");
  });

  it("[CONTENT] bullet and numbered lists render as ul and ol", () => {
    expect(renderMarkdown("- a\n- b")).toBe("<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n");
    expect(renderMarkdown("1. a\n2. b")).toBe("<ol>\n<li>a</li>\n<li>b</li>\n</ol>\n");
    expect(renderMarkdown("3. c\n4. d")).toContain('<ol start="3">');
  });

  it("[CONTENT] blockquotes render as blockquote", () => {
    expect(renderMarkdown("> wise words")).toBe("<blockquote>\n<p>wise words</p>\n</blockquote>\n");
  });

  it("[CONTENT] inline code and fenced code render escaped inside code and pre", () => {
    expect(renderMarkdown("use `a < b && c`")).toBe("<p>use <code>a &lt; b &amp;&amp; c</code></p>\n");
    expect(renderMarkdown("```ts\nconst x = <T,>(y: T) => y;\n```")).toBe(
      "<pre><code>const x = &lt;T,&gt;(y: T) =&gt; y;\n</code></pre>\n",
    );
  });

  it("[CONTENT] https and mailto links get rel and target", () => {
    expect(renderMarkdown("[docs](https://docs.example/a?b=1&c=2)")).toBe(
      `<p><a href="https://docs.example/a?b=1&amp;c=2" ${REL}>docs</a></p>\n`,
    );
    expect(renderMarkdown("[write](mailto:team@example.com)")).toBe(
      `<p><a href="mailto:team@example.com" ${REL}>write</a></p>\n`,
    );
  });

  it("[CONTENT] link titles are dropped", () => {
    expect(renderMarkdown('[x](https://ok.example "hover")')).toBe(
      `<p><a href="https://ok.example" ${REL}>x</a></p>\n`,
    );
  });

  it("[CONTENT] a bare url auto-links, a bare email becomes mailto", () => {
    expect(renderMarkdown("see https://hearth.example/path?q=1.")).toBe(
      `<p>see <a href="https://hearth.example/path?q=1" ${REL}>https://hearth.example/path?q=1</a>.</p>\n`,
    );
    expect(renderMarkdown("write mail@example.com")).toBe(
      `<p>write <a href="mailto:mail@example.com" ${REL}>mail@example.com</a></p>\n`,
    );
    expect(renderMarkdown("readme.md and www.example.com")).toBe("<p>readme.md and www.example.com</p>\n");
  });

  it("[CONTENT] a known @handle links to the person with their name", () => {
    expect(renderMarkdown("thanks @bob!", { mentions: people })).toBe(
      '<p>thanks <a href="/people/bob" class="mention" data-mention="bob">@Bob Builder</a>!</p>\n',
    );
    expect(renderMarkdown("(@Alice-B)", { mentions: people })).toBe(
      '<p>(<a href="/people/alice-b" class="mention" data-mention="alice-b">@Alice B.</a>)</p>\n',
    );
  });

  it("[CONTENT] unknown handles and renders without a directory stay plain text", () => {
    expect(renderMarkdown("hi @nobody", { mentions: people })).toBe("<p>hi @nobody</p>\n");
    expect(renderMarkdown("hi @bob")).toBe("<p>hi @bob</p>\n");
  });

  it("[CONTENT] a hostile display name is escaped inside the mention", () => {
    const html = renderMarkdown("@mallory", { mentions: people });
    expect(html).toBe(
      '<p><a href="/people/mallory" class="mention" data-mention="mallory">@&lt;img src=x onerror=alert(1)&gt; "Bob" &lt;/a&gt;&lt;script&gt;alert(2)&lt;/script&gt;</a></p>\n',
    );
  });

  it("[CONTENT] emails, code, links and non-handles are not mentions", () => {
    const cases = [
      "mail@example.com",
      "`@bob`",
      "```\n@bob\n```",
      "    @bob indented code",
      "[ask @bob](https://ok.example)",
      "https://social.example/@bob",
      "@bob@example.com",
      "@bob.example",
      "\\@bob",
      "@b",
      `@${"a".repeat(41)}`,
      "@bobé",
    ];
    for (const source of cases)
      expect(renderMarkdown(source, { mentions: people }), source).not.toContain('class="mention"');
  });

  it("[CONTENT] mentions work inside emphasis, lists and quotes", () => {
    const html = renderMarkdown("**@bob**\n\n- @bob\n\n> @bob, see this", { mentions: people });
    expect(html.match(/class="mention"/g)).toHaveLength(3);
  });

  it("[CONTENT] a 50k-character input of each pathological shape renders safely, at a cost linear in its size", () => {
    // [unit, repetitions for ≈50k characters]: rendered whole, and at 1/8 of that, in this run; the CPU cost of the
    // whole must be about 8× the eighth's (a quadratic shape would cost 64×).
    const shapes: [string, number][] = [
      ["*a **a ", 7_200],
      ["[", 50_000],
      ["[a](", 12_500],
      ["![", 25_000],
      [">", 50_000],
      ["- ", 25_000],
      ["`a``", 12_500],
      ["@bob ", 10_000],
      ["@", 50_000],
      ["https://a.example/ ", 2_600],
      ["a@b.example ", 4_100],
      ["<script>", 6_250],
      ["&#106;", 8_300],
    ];
    for (const [unit, count] of shapes) {
      const source = unit.repeat(count);
      expect(source.length).toBeGreaterThanOrEqual(49_000);
      expectSafe(renderMarkdown(source, { mentions: people }));
      const ratio = growthRatio((n) => renderMarkdown(unit.repeat(n), { mentions: people }), Math.ceil(count / 8));
      expect(ratio, `${unit.trim()}: cost at 8× the input`).toBeLessThan(LINEAR_AT_8X);
    }
  });
});
