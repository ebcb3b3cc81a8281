import { describe, expect, it } from "vitest";
import { fieldErrorSummary } from "@/lib/format/error-summary";

describe("[FORMS] error summary", () => {
  it("counts the fields that carry a message and says where they are when the caller knows", () => {
    expect(fieldErrorSummary({ title: "Too short" })).toBe("Check the marked field.");
    expect(fieldErrorSummary({ title: "Too short", dueDate: "In the past" })).toBe("Check the 2 marked fields.");
    expect(fieldErrorSummary({ title: "Too short" }, { where: "below" })).toBe("Check the field marked below.");
    expect(fieldErrorSummary({ a: "x", b: "y", c: "z" }, { where: "above", noun: "filter" })).toBe(
      "Check the 3 filters marked above.",
    );
  });

  it("is null without field messages, so the caller shows its own sentence", () => {
    expect(fieldErrorSummary(undefined)).toBeNull();
    expect(fieldErrorSummary({})).toBeNull();
    expect(fieldErrorSummary({ source: "Gone" }, { ignore: ["source"] })).toBeNull();
    expect(fieldErrorSummary({ source: "Gone", title: "Too short" }, { ignore: ["source"] })).toBe(
      "Check the marked field.",
    );
  });
});
