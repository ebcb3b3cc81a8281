import { describe, expect, it } from "vitest";
import { ZDisplayString, withoutBidiControls } from "@/lib/input-fields";

const BIDI_CONTROLS = [0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069];

describe("withoutBidiControls", () => {
  it("[FORMS] drops every bidi override and isolate control, and nothing else", () => {
    for (const code of BIDI_CONTROLS) expect(withoutBidiControls(`Ma${String.fromCodePoint(code)}ria`)).toBe("Maria");
    // Neighbours of the two ranges, marks and right-to-left letters are text, kept as written.
    const kept = "\u2029\u202f\u2065\u206a\u200e\u200f שלום مرحبا Zoë";
    expect(withoutBidiControls(kept)).toBe(kept);
  });

  it("[FORMS] ZDisplayString strips before trim and length checks, so they count what is stored", () => {
    const schema = ZDisplayString({ error: "Required" }).trim().min(2, "Too short").max(5, "Too long");
    expect(schema.parse(" \u202eAda\u202c ")).toBe("Ada");
    expect(schema.safeParse("\u2066\u2067A\u2069").success).toBe(false);
    expect(schema.parse("\u202aAbcde\u202c\u202c")).toBe("Abcde");
    expect(schema.safeParse(7).error?.issues[0]?.message).toBe("Required");
  });
});
