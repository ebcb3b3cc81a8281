import { describe, expect, it } from "vitest";
import { growthRatio, LINEAR_AT_8X } from "@/lib/test/growth";
import { decodeBody } from "@/lib/link-preview/decode-body";
import { decodeHtmlEntities } from "@/lib/link-preview/decode-html-entities";
import { parseLinkPreview } from "@/lib/link-preview/parse-link-preview";

const page = new URL("https://www.example.com/blog/post?id=1");
const parse = (head: string, body = "") =>
  parseLinkPreview(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`, page);

describe("parseLinkPreview", () => {
  it("[PREVIEW] Open Graph tags win over twitter:*, <title> and meta description", () => {
    const preview = parse(`
      <title>Plain title</title>
      <meta name="description" content="Plain description">
      <meta name="twitter:title" content="Twitter title">
      <meta property="og:title" content="OG title">
      <meta property="og:description" content="OG description">
      <meta property="og:site_name" content="Example Blog">
      <meta property="og:image" content="https://cdn.example.com/a.png">`);
    expect(preview).toEqual({
      url: page.href,
      title: "OG title",
      description: "OG description",
      siteName: "Example Blog",
      imageUrl: "https://cdn.example.com/a.png",
    });
  });

  it("[PREVIEW] twitter:* fills in for missing og:*, then <title> and meta description; site name falls back to the host", () => {
    expect(
      parse(
        `<meta name="twitter:title" content="T"><meta name="twitter:description" content="D"><meta name="twitter:image" content="/i.png">`,
      ),
    ).toEqual({
      url: page.href,
      title: "T",
      description: "D",
      siteName: "example.com",
      imageUrl: "https://www.example.com/i.png",
    });
    expect(parse(`<TITLE> Only a title </TITLE><META NAME="Description" CONTENT="Desc">`)).toMatchObject({
      title: "Only a title",
      description: "Desc",
      imageUrl: null,
    });
  });

  it("[PREVIEW] no title anywhere means no preview", () => {
    expect(parse(`<meta property="og:description" content="D">`)).toBeNull();
    expect(parse(`<title>   </title><meta property="og:title" content="  ">`)).toBeNull();
    expect(parseLinkPreview("", page)).toBeNull();
  });

  it("[PREVIEW] entities are decoded once, whitespace collapsed, controls dropped", () => {
    const preview = parse(`<title>Fish &amp; Chips &#8212; &#x1F41F;
      caf&eacute; &lt;b&gt; &amp;lt; &nosuch; &#0; &#150;\u0007 &rlm;x</title>`);
    expect(preview?.title).toBe("Fish & Chips — 🐟 café <b> &lt; &nosuch; \uFFFD – &rlm;x");
    expect(parse(`<title>a\u202Eb</title>`)?.title).toBe("a b"); // a right-to-left override cannot flip the card
  });

  it("[PREVIEW] strings are capped by characters, ending in an ellipsis", () => {
    const preview = parse(
      `<title>${"t".repeat(500)}</title><meta name="description" content="${"😀".repeat(400)}">` +
        `<meta property="og:site_name" content="${"s".repeat(150)}">`,
    );
    expect(preview?.title).toHaveLength(200);
    expect(preview?.title.endsWith("…")).toBe(true);
    expect(Array.from(preview?.description ?? "")).toHaveLength(300);
    expect(preview?.description.startsWith("😀😀")).toBe(true);
    expect(Array.from(preview?.siteName ?? "")).toHaveLength(100);
  });

  it("[PREVIEW] only the head is read: body, scripts, styles and comments cannot supply tags", () => {
    const preview = parse(
      `<title>Real</title>
       <script>document.write('<meta property="og:title" content="From script">')</script>
       <style>/* <meta property="og:description" content="From style"> */</style>
       <!-- <meta property="og:image" content="https://evil.example/c.png"> -->`,
      `<meta property="og:description" content="From body"><title>Body title</title>`,
    );
    expect(preview).toMatchObject({ title: "Real", description: "", imageUrl: null });
    expect(parseLinkPreview(`<title>Head</title><body><meta property="og:title" content="Late">`, page)?.title).toBe(
      "Head",
    );
  });

  it("[PREVIEW] attributes: quotes holding '>', single quotes, unquoted values, name and property on one tag", () => {
    const preview = parse(
      `<meta content="a > b" property="og:title"><meta property='og:description' content='it&#39;s'>` +
        `<meta property=og:image content=/img/x.png><meta name="description" property="og:site_name" content="Both">`,
    );
    expect(preview).toMatchObject({
      title: "a > b",
      description: "it's",
      siteName: "Both",
      imageUrl: "https://www.example.com/img/x.png",
    });
  });

  it("[PREVIEW] images must end up absolute http(s) on a name or public address", () => {
    const image = (content: string) =>
      parse(`<title>t</title><meta property="og:image" content="${content}">`)?.imageUrl;
    expect(image("../pics/a.png")).toBe("https://www.example.com/pics/a.png");
    expect(image("//cdn.example.com/a.png")).toBe("https://cdn.example.com/a.png");
    expect(image("javascript:alert(1)")).toBeNull();
    expect(image("data:image/png;base64,AAAA")).toBeNull();
    expect(image("http://user:pw@cdn.example.com/a.png")).toBeNull();
    expect(image("http://192.168.1.1/reboot")).toBeNull();
    expect(image("http://[::1]/a.png")).toBeNull();
    expect(image("")).toBeNull();
    // the first usable candidate wins
    expect(
      parse(
        `<title>t</title><meta property="og:image" content="ftp://x/a.png"><meta name="twitter:image" content="/b.png">`,
      )?.imageUrl,
    ).toBe("https://www.example.com/b.png");
  });

  it("[PREVIEW] text cut off mid-tag (the byte cap) still yields what came before", () => {
    expect(
      parseLinkPreview(`<head><title>Cut</title><meta property="og:description" content="unfinish`, page),
    ).toMatchObject({ title: "Cut", description: "" });
    expect(parseLinkPreview(`<head><title>Cut off tit`, page)?.title).toBe("Cut off tit");
  });

  it("[PREVIEW] hostile markup is parsed in linear time", () => {
    // Each shape at n and 8n repetitions in this run: the CPU cost must grow about 8×, not 64×.
    const hostile: Record<string, (n: number) => string> = {
      "an attribute full of tags": (n) => `<meta a="${"<meta ".repeat(n)}`,
      "unclosed tags": (n) => "<meta ".repeat(n),
      "unterminated entities": (n) => `<title>${"&amp".repeat(n)}`,
      "angle brackets": (n) => "<".repeat(n * 6),
    };
    for (const [shape, make] of Object.entries(hostile)) {
      const ratio = growthRatio((n) => parseLinkPreview(make(n), page), 20_000);
      expect(ratio, `${shape}: cost at 8× the input`).toBeLessThan(LINEAR_AT_8X);
    }
  });
});

describe("decodeHtmlEntities", () => {
  it("[PREVIEW] named, decimal and hex references; the Latin-1 table lines up", () => {
    expect(decodeHtmlEntities("&nbsp;&iexcl;&times;&szlig;&divide;&yuml;")).toBe("\u00A0¡×ß÷ÿ");
    expect(decodeHtmlEntities("&#65;&#x42;&#X43;&#68&amp&ampx;&#1114112;&#xD800;")).toBe("ABCD&&ampx;\uFFFD\uFFFD");
    expect(decodeHtmlEntities("&hellip;&rsquo;&ldquo;&rdquo;&euro;")).toBe("…’“”€");
  });
});

describe("decodeBody", () => {
  const bytes = (...parts: (string | number[])[]) =>
    Buffer.concat(parts.map((part) => (typeof part === "string" ? Buffer.from(part, "latin1") : Buffer.from(part))));

  it("[PREVIEW] the header's charset, else <meta charset>, else UTF-8; Windows-1252 keeps its punctuation", () => {
    expect(
      decodeBody(
        bytes("<title>", [0x93, 0x68, 0x69, 0x94, 0x20, 0x96, 0x20, 0xe9], "</title>"),
        "text/html; charset=windows-1252",
      ),
    ).toBe("<title>“hi” – é</title>");
    expect(decodeBody(bytes('<meta charset="iso-8859-1"><title>', [0x85, 0xfc]), "text/html")).toContain("<title>…ü");
    expect(decodeBody(Buffer.from("<title>Zoë 🐟</title>"), "text/html")).toBe("<title>Zoë 🐟</title>");
    expect(decodeBody(Buffer.from("<title>Zoë</title>"), "text/html; charset=no-such-charset")).toBe(
      "<title>Zoë</title>",
    );
  });

  it("[PREVIEW] a byte-order mark beats the header; <meta> claiming UTF-16 means UTF-8", () => {
    expect(
      decodeBody(
        Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("<title>Hi</title>", "utf16le")]),
        "text/html; charset=utf-8",
      ),
    ).toBe("<title>Hi</title>");
    expect(decodeBody(Buffer.from('<meta charset="utf-16"><title>Zoë</title>'), "text/html")).toContain(
      "<title>Zoë</title>",
    );
  });
});
