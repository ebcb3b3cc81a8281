import { expect, test } from "@playwright/test";
import { newSignedInPage, signInAs, users } from "./fixtures/auth";

// Search: Dutch and English words, each result only for who may see it, and the quick switcher.
test.describe("[SEARCH]", () => {
  test("a member finds the sales community's Dutch post by “bezwaren”; someone outside it does not", async ({
    browser,
  }) => {
    const member = await newSignedInPage(browser, users.employee.email); // Sophie is in the sales community
    await member.goto("/search?q=bezwaren");
    const matches = member.getByRole("list", { name: "Matches" });
    await expect(matches.getByRole("listitem").filter({ hasText: "levertijd" })).toBeVisible();
    await expect(matches.getByRole("listitem").filter({ hasText: "levertijd" })).toContainText(
      "in Rebut the top 3 buyer objections",
    );
    await expect(matches.locator("mark").first()).toHaveText(/bezwaren/i);

    const outsider = await newSignedInPage(browser, "noor@northwind.example"); // asked to join, not a member
    await outsider.goto("/search?q=bezwaren");
    await expect(outsider.getByText("Nothing you can see matches “bezwaren”.")).toBeVisible();
    await expect(outsider.getByText("levertijd")).toHaveCount(0);
    await member.context().close();
    await outsider.context().close();
  });

  test("a secret community's posts and name are found by its members only; anonymous askers stay anonymous", async ({
    browser,
  }) => {
    const ceo = await newSignedInPage(browser, users.ceo.email);
    await ceo.goto("/search?q=offsite+agenda");
    await expect(ceo.getByRole("list", { name: "Matches" })).toContainText("Draft agenda for the offsite");

    const employee = await newSignedInPage(browser, users.employee.email);
    await employee.goto("/search?q=offsite");
    await expect(employee.getByText("Draft agenda for the offsite")).toHaveCount(0);
    await expect(employee.getByText("Leadership offsite", { exact: false })).toHaveCount(0);

    await employee.goto("/search?q=Antwerp+office");
    const question = employee
      .getByRole("list", { name: "Matches" })
      .getByRole("listitem")
      .filter({ hasText: "Will the Antwerp office stay open" });
    await expect(question).toContainText("Asked anonymously");
    await expect(question).not.toContainText("Lisa");
    await ceo.context().close();
    await employee.context().close();
  });

  test("a wrong date is named and what was typed stays", async ({ page }) => {
    await signInAs(page, users.employee.email);
    await page.goto("/search?q=pride&from=31-12-2026");
    await expect(page.getByLabel("From")).toHaveAccessibleDescription("Use a date like 2026-03-31");
    await expect(page.getByLabel("Search for")).toHaveValue("pride");
  });

  test("Ctrl-K finds a colleague by part of their name and opens their profile, by keyboard only", async ({ page }) => {
    await signInAs(page, users.employee.email);
    await page.goto("/");
    await page.keyboard.press("Control+k");
    const box = page.getByRole("combobox", { name: "Jump to" });
    await expect(box).toBeFocused();
    await box.pressSequentially("mari");
    const option = page.getByRole("option", { name: /Maria van den Berg/ });
    await expect(option).toBeVisible();
    // The first suggestion is active; arrow down to Maria if another "Mari…" comes first.
    for (let i = 0; i < 6 && (await option.getAttribute("data-active-item")) === null; i += 1) {
      await page.keyboard.press("ArrowDown");
    }
    await expect(option).toHaveAttribute("data-active-item");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(`/people/${users.ceo.handle}`);
    await expect(page.getByRole("heading", { name: users.ceo.name, level: 1 })).toBeVisible();

    // "/" opens it too; Escape closes it and gives the focus back.
    await page.locator("body").click({ position: { x: 5, y: 300 } });
    await page.keyboard.press("/");
    await expect(page.getByRole("combobox", { name: "Jump to" })).toBeFocused();
    await page.keyboard.type("pride");
    await expect(page.getByRole("option", { name: /Pride/ }).first()).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(page.getByRole("combobox", { name: "Jump to" })).toHaveCount(0);
  });
});
