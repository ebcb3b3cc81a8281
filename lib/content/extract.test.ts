import { describe, expect, it } from "vitest";
import { extractMentionHandles, firstLinkUrl, plainTextExcerpt } from "@/lib/content/extract";
import { renderMarkdown } from "@/lib/content/render-markdown";

describe("extractMentionHandles", () => {
  it("[CONTENT] returns unique lowercase handles in order of appearance", () => {
    expect(extractMentionHandles("@Bob, @alice-b and @bob again; cc @BOB")).toEqual(["bob", "alice-b"]);
  });

  it("[CONTENT] returns unknown handles too: the caller resolves them", () => {
    expect(extractMentionHandles("hi @someone-new")).toEqual(["someone-new"]);
  });

  it("[CONTENT] skips code, links, emails and things that are not handles", () => {
    const source = [
      "`@code-span` mail@example.com @bob@example.com @site.example",
      "```\n@fenced\n```",
      "    @indented",
      "[ask @label](https://ok.example) https://social.example/@path \\@escaped @x @josé",
      `@${"a".repeat(41)} and finally @real`,
    ].join("\n\n");
    expect(extractMentionHandles(source)).toEqual(["real"]);
  });

  it("[CONTENT] agrees with the renderer on which handles are mentions", () => {
    const sources = [
      "**@ann** _@ben_ ~~@cat~~ (@dan) [@eve] @fay: @gus! @hal? @ivy.",
      "> @jo-el\n- @kim\n1. @lee `@nope` mail@nope.example",
      "@mo\n@ned https://x.example/@nope [@nope](https://x.example) ![@nope](https://x.example/i.png)",
    ];
    for (const source of sources) {
      const handles = extractMentionHandles(source);
      // Everyone is known, including "nope", so only the parse decides what links.
      const everyone = new Map([...handles, "nope"].map((handle) => [handle, { handle, name: handle }]));
      const html = renderMarkdown(source, { mentions: everyone });
      const rendered = [...html.matchAll(/data-mention="([^"]+)"/g)].map((match) => match[1]);
      expect(handles.length).toBeGreaterThan(0);
      expect([...new Set(rendered)], source).toEqual(handles);
    }
  });
});

describe("firstLinkUrl", () => {
  it("[CONTENT] finds an explicit link", () => {
    expect(firstLinkUrl("read [this](https://news.example/a) and https://other.example")).toBe(
      "https://news.example/a",
    );
  });

  it("[CONTENT] finds a bare url and an autolink", () => {
    expect(firstLinkUrl("look: http://plain.example/x, nice")).toBe("http://plain.example/x");
    expect(firstLinkUrl("<https://auto.example/y>")).toBe("https://auto.example/y");
  });

  it("[CONTENT] skips code, mailto, mentions and unsafe links", () => {
    const source =
      "`https://code.example` mail@example.com @bob [x](javascript:alert(1)) [y](//evil.example)\n\n```\nhttps://fence.example\n```\n\nthen https://real.example";
    expect(firstLinkUrl(source)).toBe("https://real.example");
  });

  it("[CONTENT] returns null when there is no link", () => {
    expect(firstLinkUrl("no links here, just mail@example.com and `https://code.example`")).toBeNull();
    expect(firstLinkUrl("")).toBeNull();
  });

  it("[CONTENT] returns the url the renderer links to (normalized)", () => {
    expect(firstLinkUrl("https://example.com/café")).toBe("https://example.com/caf%C3%A9");
  });
});

describe("plainTextExcerpt", () => {
  it("[CONTENT] strips markdown syntax and collapses whitespace", () => {
    const source =
      "**Big** news from _the_ [team](https://x.example)!\n\n- one\n- two\n\n> quoted `code`\n\n```\nlet x;\n```";
    expect(plainTextExcerpt(source)).toBe("Big news from the team! one two quoted code let x;");
  });

  it("[CONTENT] keeps literal text the renderer keeps literal", () => {
    expect(plainTextExcerpt("# not a heading <b>typed</b> @bob")).toBe("# not a heading <b>typed</b> @bob");
  });

  it("[CONTENT] short text comes back unchanged", () => {
    expect(plainTextExcerpt("hello world", 11)).toBe("hello world");
  });

  it("[CONTENT] long text is cut on a word boundary with an ellipsis, within max", () => {
    const excerpt = plainTextExcerpt("The quick brown fox jumps over the lazy dog", 20);
    expect(excerpt).toBe("The quick brown fox…");
    expect(excerpt.length).toBeLessThanOrEqual(20);
    expect(plainTextExcerpt("alpha beta, gamma delta", 13)).toBe("alpha beta…");
  });

  it("[CONTENT] the default max is 160 characters", () => {
    const excerpt = plainTextExcerpt("word ".repeat(100));
    expect(excerpt.length).toBeLessThanOrEqual(160);
    expect(excerpt).toMatch(/^(word )+word…$/);
  });

  it("[CONTENT] a single over-long word is cut hard without splitting a surrogate pair", () => {
    expect(plainTextExcerpt("x".repeat(50), 10)).toBe(`${"x".repeat(9)}…`);
    const emoji = plainTextExcerpt("a" + "😀".repeat(20), 5);
    expect(emoji).toBe("a😀…");
    expect(emoji.length).toBeLessThanOrEqual(5);
  });
});
