// HTTP Range requests (RFC 9110 §14) for one range, which is what video players ask for when they seek.
// Several ranges in one header are answered with the first; a suffix ("bytes=-500") means the last 500 bytes.

export type ByteRange = { start: number; end: number };

/** null: no (or a malformed) Range header, so send the whole file. "unsatisfiable": answer 416. */
export function parseByteRange(header: string | null, size: number): ByteRange | "unsatisfiable" | null {
  if (!header) return null;
  const match = /^bytes=(\d*)-(\d*)(?:,.*)?$/.exec(header.trim());
  if (!match || (match[1] === "" && match[2] === "")) return null;
  if (match[1] === "") {
    const suffix = Number(match[2]);
    if (suffix === 0 || size === 0) return "unsatisfiable";
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(match[1]);
  const end = match[2] === "" ? size - 1 : Math.min(Number(match[2]), size - 1);
  if (start >= size || end < start) return "unsatisfiable";
  return { start, end };
}
