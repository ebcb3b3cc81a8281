import { expect, test } from "@playwright/test";
import { newSignedInPage, signInAs, users } from "./fixtures/auth";

test.describe("[PEOPLE]", () => {
  test("an employee edits their profile; a refused save keeps what was typed", async ({ page }) => {
    await signInAs(page, users.employee.email);
    await page.goto(`/people/${users.employee.handle}`);
    await page.getByRole("link", { name: "Edit profile" }).click();
    await expect(page.getByRole("heading", { name: "Edit your profile" })).toBeVisible();

    const bio = "Ten years at Northwind. ".repeat(30); // 720 characters: over the 600 limit
    await page.getByLabel("Bio").fill(bio);
    await page.getByLabel("Interests").fill("Cooking, trail running, cooking");
    await page.getByLabel("Name").fill("S");
    await page.getByRole("button", { name: "Save profile" }).click();

    await expect(page.getByRole("alert").filter({ hasText: "not saved" })).toHaveText(
      "Your profile was not saved. Check the 2 marked fields.",
    );
    await expect(page.getByLabel("Name")).toHaveAccessibleDescription("Name needs at least 2 characters");
    await expect(page.getByLabel("Bio")).toHaveAccessibleDescription("Bio can be at most 600 characters");
    await expect(page.getByLabel("Name")).toHaveAttribute("aria-invalid", "true");
    // Nothing typed is lost.
    await expect(page.getByLabel("Bio")).toHaveValue(bio);
    await expect(page.getByLabel("Interests")).toHaveValue("Cooking, trail running, cooking");
    await expect(page.getByLabel("Name")).toHaveValue("S");

    await page.getByLabel("Name").fill("Sophie de Jong");
    await page.getByLabel("Bio").fill("Looking after our retail partners. Ask me about shelf plans.");
    await page.getByRole("button", { name: "Save profile" }).click();
    await expect(page).toHaveURL(`/people/${users.employee.handle}?saved=1`);
    await expect(page.getByText("Your profile is saved.")).toBeVisible();
    await expect(page.getByText("Ask me about shelf plans.")).toBeVisible();
    await expect(page.getByRole("listitem").filter({ hasText: /^trail running$/ })).toBeVisible();
    await expect(page.getByRole("listitem").filter({ hasText: /^cooking$/ })).toHaveCount(1);
  });

  test("nobody edits someone else's profile", async ({ browser }) => {
    const page = await newSignedInPage(browser, users.employee.email);
    await page.goto(`/people/${users.ceo.handle}`);
    await expect(page.getByRole("heading", { level: 1, name: users.ceo.name })).toBeVisible();
    await expect(page.getByRole("link", { name: "Edit profile" })).toHaveCount(0);
    expect((await page.goto(`/people/${users.ceo.handle}/edit`))?.status()).toBe(404);
    await page.context().close();
  });

  test("the directory searches and filters people", async ({ page }) => {
    await signInAs(page, users.employee.email);
    await page.goto("/people");
    await page.getByRole("searchbox", { name: "Search" }).fill("sales manager");
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await expect(page.getByRole("link", { name: /Lotte Mulder/ })).toBeVisible();
    await expect(page.getByRole("link", { name: /Maria van den Berg/ })).toHaveCount(0);

    await page.goto("/people?q=zzzz-nobody");
    await expect(page.getByRole("heading", { name: "Nobody matches that search" })).toBeVisible();

    await page.goto("/people?department=it");
    await expect(page.getByRole("link", { name: /Noah Peters/ })).toBeVisible();
    await expect(page.getByRole("link", { name: /Sophie de Jong/ })).toHaveCount(0);

    await page.goto("/people");
    const cards = page.getByRole("main").getByRole("listitem");
    await expect(cards).toHaveCount(24);
    await page.getByRole("button", { name: "Load more people" }).click();
    await expect(cards).toHaveCount(40);
    await expect(page.getByRole("button", { name: "Load more people" })).toHaveCount(0);
  });
});
