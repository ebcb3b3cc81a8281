import { describe, expect, it } from "vitest";
import { ACTION_TITLE_SUGGESTION_MAX } from "@/lib/action-items/action-item-input";
import { suggestActionTitle } from "@/lib/action-items/suggest-action-title";

describe("suggestActionTitle", () => {
  it("[ACTIONS] keeps a short question whole", () => {
    expect(suggestActionTitle("Can we get standing desks in Utrecht?")).toBe("Can we get standing desks in Utrecht?");
  });

  it("[ACTIONS] takes the first sentence of a longer text", () => {
    expect(suggestActionTitle("The canteen closes at 14:00. Many of us eat later. Could it stay open?")).toBe(
      "The canteen closes at 14:00.",
    );
  });

  it("[ACTIONS] cuts a long first sentence on a word, within the limit", () => {
    const long =
      "Why do the warehouse teams in Tilburg and Venlo still have to wait three weeks for replacement safety shoes when the office orders arrive in two days";
    const title = suggestActionTitle(long);
    expect(title.length).toBeLessThanOrEqual(ACTION_TITLE_SUGGESTION_MAX);
    expect(title.endsWith("…")).toBe(true);
    expect(long.startsWith(title.slice(0, -1))).toBe(true);
    expect(title).not.toMatch(/\s…$/);
  });

  it("[ACTIONS] collapses line breaks", () => {
    expect(suggestActionTitle("Fix the\n\nbadge readers")).toBe("Fix the badge readers");
  });
});
