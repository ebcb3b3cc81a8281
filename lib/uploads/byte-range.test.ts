import { describe, expect, it } from "vitest";
import { parseByteRange } from "@/lib/uploads/byte-range";

describe("parseByteRange", () => {
  it.each([
    [null, null],
    ["", null],
    ["items=0-10", null],
    ["bytes=-", null],
    ["bytes=0-", { start: 0, end: 999 }],
    ["bytes=0-1", { start: 0, end: 1 }],
    ["bytes=100-199", { start: 100, end: 199 }],
    ["bytes=900-5000", { start: 900, end: 999 }],
    ["bytes=-100", { start: 900, end: 999 }],
    ["bytes=-5000", { start: 0, end: 999 }],
    ["bytes=0-9, 20-29", { start: 0, end: 9 }],
    ["bytes=1000-", "unsatisfiable"],
    ["bytes=50-10", "unsatisfiable"],
    ["bytes=-0", "unsatisfiable"],
  ] as const)("[VIDEOS] Range %j on a 1000-byte file → %j", (header, expected) => {
    expect(parseByteRange(header, 1000)).toEqual(expected);
  });
});
