import { WINDOWS_1252_C1 } from "./decode-html-entities";

/** The body as text, in the encoding the page declares (UTF-8 when it declares none we know). */
export function decodeBody(body: Buffer, contentType: string | undefined): string {
  const charset = byteOrderMark(body) ?? charsetOf(contentType) ?? sniffMetaCharset(body) ?? "utf-8";
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset);
  } catch {
    decoder = new TextDecoder("utf-8"); // an unknown label
  }
  // Node 20's TextDecoder reads windows-1252 (also what "latin1" and "ascii" mean on the web) as ISO-8859-1,
  // turning curly quotes and dashes into control characters; map 0x80–0x9F ourselves.
  if (decoder.encoding === "windows-1252") {
    return body
      .toString("latin1")
      .replace(/[\u0080-\u009F]/g, (char) => WINDOWS_1252_C1[char.charCodeAt(0) - 0x80] ?? char);
  }
  return decoder.decode(body);
}

function charsetOf(contentType: string | undefined): string | undefined {
  return contentType?.match(/;\s*charset\s*=\s*"?([\w.:-]{1,40})/i)?.[1];
}

// As browsers do: a byte-order mark beats the header, which beats <meta charset> / http-equiv in the first 1024 bytes.
function byteOrderMark(body: Buffer): string | undefined {
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) return "utf-8";
  if (body[0] === 0xfe && body[1] === 0xff) return "utf-16be";
  if (body[0] === 0xff && body[1] === 0xfe) return "utf-16le";
  return undefined;
}

function sniffMetaCharset(body: Buffer): string | undefined {
  const start = body.subarray(0, 1024).toString("latin1");
  const label = start.match(/<meta[^>]{0,512}?charset\s*=\s*["']?\s*([\w.:-]{1,40})/i)?.[1];
  // Text we could read as ASCII to find this tag cannot be UTF-16, whatever it says (the HTML prescan rule).
  return label && /^utf-16/i.test(label) ? "utf-8" : label;
}
