import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { expectLive, newSignedInPage, signInAs, users } from "./fixtures/auth";

test.describe("[SHELL]", () => {
  test("every area is reachable from the navigation and marked current there", async ({ page }) => {
    await signInAs(page, users.employee.email);
    const areas = [
      ["Communities", "Communities"],
      ["Pride", "Wall of pride"],
      ["Live shows", "Live shows"],
      ["Challenges", "Challenges"],
    ] as const;
    await page.goto("/");
    for (const [link, heading] of areas) {
      await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: link, exact: true }).click();
      await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
      await expect(page.getByRole("heading", { name: "Coming soon" })).toHaveCount(0);
      await expect(page.getByRole("link", { name: link, exact: true })).toHaveAttribute("aria-current", "page");
    }
    for (const [link, heading] of [
      ["Ask leadership", "Ask leadership"],
      ["Action items", "Action items"],
    ] as const) {
      await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: link, exact: true }).click();
      await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    }
    await page.getByRole("link", { name: /^Notifications/ }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Notifications" })).toBeVisible();
  });

  test("admin appears only for admins, and /admin is a 403 that says who it is for to everyone else", async ({
    browser,
  }) => {
    const employee = await newSignedInPage(browser, users.employee.email);
    const response = await employee.goto("/admin");
    expect(response?.status()).toBe(403);
    await expect(employee.getByRole("heading", { level: 1, name: "Admin" })).toBeVisible();
    await expect(employee.getByTestId("forbidden-who")).toContainText("Who can use it: Admins");
    await employee.context().close();

    const admin = await newSignedInPage(browser, users.admin.email);
    await admin.goto("/");
    await admin.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Admin" }).click();
    await expect(admin.getByRole("heading", { name: "Broadcast a banner" })).toBeVisible();
    await admin.context().close();
  });

  test("unknown URLs get a proper 404 page", async ({ page }) => {
    const response = await page.goto("/this-page-does-not-exist");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "We could not find that page" })).toBeVisible();
    await signInAs(page, users.employee.email);
    expect((await page.goto("/people/nobody-by-this-handle"))?.status()).toBe(404);
  });

  test("at 375 px the navigation opens as a drawer and works by keyboard", async ({ browser }) => {
    const page = await newSignedInPage(browser, users.employee.email, { width: 375, height: 812 });
    await page.goto("/");
    await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
    await page.getByRole("button", { name: "Open navigation" }).click();
    const drawer = page.getByRole("dialog", { name: "Navigation" });
    await expect(drawer).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(drawer).toBeHidden();
    await page.getByRole("button", { name: "Open navigation" }).click();
    await drawer.getByRole("link", { name: "People" }).click();
    await expect(page).toHaveURL("/people");
    await expect(drawer).toBeHidden();
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth, "no horizontal scrolling at 375 px").toBeLessThanOrEqual(375);
    await page.context().close();
  });

  test("sign-in, home, people and profile have no serious accessibility violations", async ({ page }) => {
    const scan = async (label: string) => {
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
      const serious = results.violations.filter((violation) =>
        ["serious", "critical"].includes(violation.impact ?? ""),
      );
      expect(
        serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(", ")}`),
        label,
      ).toEqual([]);
    };
    await page.goto("/signin");
    await scan("sign-in");
    await signInAs(page, users.employee.email);
    for (const path of ["/", "/people", `/people/${users.ceo.handle}`, `/people/${users.employee.handle}/edit`]) {
      await page.goto(path);
      await scan(path);
    }
  });

  test("the connection indicator stays quiet while live updates start, and speaks up only after a real outage", async ({
    browser,
  }) => {
    const page = await newSignedInPage(browser, users.employee.email);
    // Everything the indicator ever shows, from the first byte of the page on.
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __statusTexts: string[] }).__statusTexts = seen;
      new MutationObserver(() => {
        const text = document.querySelector('[data-testid="realtime-status"]')?.textContent?.trim();
        if (text && seen.at(-1) !== text) seen.push(text);
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    await page.goto("/");
    await expectLive(page);
    await page.waitForTimeout(1_000);
    expect(await page.evaluate(() => (window as unknown as { __statusTexts: string[] }).__statusTexts)).toEqual([]);

    // No socket at all (the server unreachable for it): after a few seconds, a calm note; back when it is.
    const outage = await newSignedInPage(browser, users.employee.email);
    await outage.route("**/socket.io/**", (route) => route.abort());
    await outage.goto("/");
    const status = outage.getByTestId("realtime-status");
    await expect(status).toHaveAttribute("data-state", "offline");
    await expect(status).toHaveText("");
    await expect(status).toHaveText("Reconnecting…");
    await outage.unroute("**/socket.io/**");
    await expectLive(outage);
    await expect(status).toHaveText("");
    await page.context().close();
    await outage.context().close();
  });
});
