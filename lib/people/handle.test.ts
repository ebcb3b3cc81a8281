import { describe, expect, it } from "vitest";
import { handleFromName } from "@/lib/people/handle";

describe("handleFromName", () => {
  it("[PEOPLE] a handle is plain ASCII: accents folded, bidi controls and other marks never reach it", () => {
    expect(handleFromName("Zoë Hermans")).toBe("zoe-hermans");
    expect(handleFromName("Ada\u202e Lovelace\u2066")).toBe("ada-lovelace");
  });
});
