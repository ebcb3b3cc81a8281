import { expect, test } from "@playwright/test";

// The test gate's fixture (scripts/test-gate.ts), never part of the normal run: Playwright with the suite's browser
// settings, one test that passes and one that must fail.
test("[GATE] Chromium renders a page", async ({ page }) => {
  await page.setContent("<main><h1>Gate</h1></main>");
  await expect(page.getByRole("heading", { name: "Gate" })).toBeVisible();
});

test("[GATE] this test must fail", async ({ page }) => {
  await page.setContent("<main><h1>Gate</h1></main>");
  expect(await page.locator("h1").textContent(), "the gate's deliberate failure").toBe("Not the gate");
});
