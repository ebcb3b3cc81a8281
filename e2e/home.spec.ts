import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { expectLive, newSignedInPage, users } from "./fixtures/auth";

/** "2026-03-01T14:00", `minutes` from now in the browser's own zone, as datetime-local inputs want it. */
function localInput(page: Page, minutes: number) {
  return page.evaluate((ahead) => {
    const date = new Date(Date.now() + ahead * 60_000);
    return new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
  }, minutes);
}

/** Fails the test if the page navigates (a reload would make any "live" assertion meaningless). */
function watchReloads(page: Page) {
  let reloaded = false;
  page.on("framenavigated", (frame) => {
    if (frame === page.mainFrame()) reloaded = true;
  });
  return () => reloaded;
}

async function expectAccessible(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  const serious = results.violations.filter((violation) => ["serious", "critical"].includes(violation.impact ?? ""));
  expect(
    serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(", ")}`),
    label,
  ).toEqual([]);
}

test.describe("[HOME]", () => {
  test("the composer comes first, the pinned announcement is one line that opens, the welcome banner shows on home only", async ({
    browser,
  }) => {
    const page = await newSignedInPage(browser, users.employee.email, { width: 375, height: 812 });
    await page.goto("/");
    const composer = page.getByRole("form", { name: "New post" });
    await expect(composer).toBeInViewport();
    const summary = page.getByRole("region", { name: "Pinned announcements" }).getByTestId("pinned-summary");
    await expect(summary).toContainText("Maria van den Berg");
    const box = await summary.boundingBox();
    expect(box!.height, "the pinned announcement is one line").toBeLessThan(60);
    const card = page.getByRole("region", { name: "Pinned announcements" }).getByTestId("post-card").first();
    await expect(card).toBeHidden();
    await summary.click();
    await expect(card).toBeVisible();
    await expectAccessible(page, "home on a phone");

    // The seeded welcome banner: on home, not on other pages; dismissed, it stays away.
    await expect(page.getByTestId("banner-message")).toContainText("Welcome to Hearth");
    await page.goto("/people");
    await expect(page.getByRole("heading", { level: 1, name: "People" })).toBeVisible();
    await expect(page.getByTestId("banner-message")).toHaveCount(0);
    await page.goto("/");
    await page.getByRole("button", { name: "Dismiss announcement" }).click();
    await page.reload();
    await expect(composer).toBeVisible();
    await expect(page.getByTestId("banner-message")).toHaveCount(0);

    // On a phone the "Now" strip scrolls sideways, and the keyboard can reach it.
    const strip = page.getByRole("list", { name: "What is happening now" });
    const size = await strip.evaluate((node) => ({ scroll: node.scrollWidth, client: node.clientWidth }));
    expect(size.scroll).toBeGreaterThan(size.client);
    await strip.focus();
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => strip.evaluate((node) => node.scrollLeft)).toBeGreaterThan(0);
    await page.context().close();
  });

  test("the Now column follows a show going live, an answer published and an action item assigned to me, without a reload", async ({
    browser,
  }) => {
    const stamp = Date.now();
    const sophie = await newSignedInPage(browser, users.employee.email, { width: 1440, height: 900 });
    // Someone no other spec asks questions as, so the per-person question limit never bites across specs.
    const tim = await newSignedInPage(browser, "tim@northwind.example");
    const ceo = await newSignedInPage(browser, users.ceo.email);

    // Tim asks; Sophie upvotes; the Now column names the question she upvoted, still waiting.
    const title = `Can we get standing desks in Utrecht (${stamp})? Half of sales works there three days a week.`;
    await tim.goto("/ask");
    const form = tim.getByRole("form", { name: "Ask leadership a question" });
    await form.getByLabel("Your question", { exact: true }).fill(title);
    await form.getByRole("button", { name: "Ask", exact: true }).click();
    await expect(form.getByLabel("Your question", { exact: true })).toHaveValue("");
    await tim
      .getByTestId("question-card")
      .filter({ hasText: String(stamp) })
      .getByRole("link")
      .first()
      .click();
    await expect(tim).toHaveURL(/\/ask\/[^/]+$/);
    const questionPath = new URL(tim.url()).pathname;
    await sophie.goto(questionPath);
    await sophie.getByRole("button", { name: "Upvote (0 votes)" }).click();
    await expect(sophie.getByRole("button", { name: "Upvote (1 vote)" })).toHaveAttribute("aria-pressed", "true");
    // The button answers at once; the vote is stored when the server says so: read it back before leaving the page.
    await expect(async () => {
      await sophie.reload();
      await expect(sophie.getByRole("button", { name: "Upvote (1 vote)" })).toHaveAttribute("aria-pressed", "true", {
        timeout: 2_000,
      });
    }).toPass();

    await sophie.goto("/");
    await expectLive(sophie);
    const reloaded = watchReloads(sophie);
    const now = sophie.getByTestId("now-panel");
    await expect(now).toBeInViewport();
    await expectAccessible(sophie, "home at 1440 px");
    await expect(now.getByTestId("now-upvoted")).toContainText(String(stamp));
    await expect(now.getByTestId("now-upvoted")).toContainText("waiting, 1 vote");
    await expect(now.getByTestId("now-actions")).not.toContainText(String(stamp));

    // 1. A show goes live.
    const showTitle = `Standing desks Q&A ${stamp}`;
    await ceo.goto("/events/new");
    await ceo.getByLabel("Title").fill(showTitle);
    await ceo.getByLabel("Starts").fill(await localInput(ceo, 60 * 24 * 30));
    await ceo.getByRole("button", { name: "Schedule the show" }).click();
    await expect(ceo.getByRole("heading", { level: 1, name: showTitle })).toBeVisible();
    await ceo.getByRole("button", { name: "Go live" }).click();
    await expect(ceo.getByTestId("show-status")).toHaveText("Live now");
    await expect(now.getByTestId("now-show")).toContainText("Live now");
    await expect(now.getByTestId("now-show")).toContainText(showTitle);
    await expect(now.getByTestId("now-show").getByRole("link", { name: "Join the show" })).toBeVisible();

    // 2. The CEO answers the question Sophie upvoted.
    await ceo.goto(questionPath);
    await expectLive(ceo);
    const answer = ceo.getByRole("form", { name: "Answer this question" });
    await answer.getByLabel("Your answer", { exact: true }).fill("Yes: twenty desks arrive in Utrecht next month.");
    await answer.getByRole("button", { name: "Publish answer" }).click();
    await expect(ceo.getByTestId("answer").filter({ hasText: "twenty desks" })).toBeVisible();
    // Among this week's answers now, beside "You upvoted" (which linked it already).
    await expect(now.getByTestId("now-answers").getByRole("link", { name: title })).toHaveCount(2);
    await expect(now.getByTestId("now-upvoted")).toContainText(`answered by ${users.ceo.name}`);

    // 3. From the answer, the CEO assigns Sophie an action item; the title starts short, from the question's first sentence.
    await ceo.getByTestId("answer").getByRole("button", { name: "Assign an action item" }).click();
    const dialog = ceo.getByRole("dialog", { name: "Assign an action item" });
    await expect(dialog.getByLabel("Title")).toHaveValue(`Can we get standing desks in Utrecht (${stamp})?`);
    const itemTitle = `Order standing desks for Utrecht ${stamp}`;
    await dialog.getByLabel("Title").fill(itemTitle);
    await dialog.getByRole("combobox", { name: "Assign to" }).pressSequentially("Sophie");
    await dialog.getByRole("option", { name: /Sophie de Jong/ }).click();
    await dialog.getByRole("button", { name: "Assign", exact: true }).click();
    await expect(dialog.getByText("Assigned. Everyone can follow it now.")).toBeVisible();
    await expect(now.getByTestId("now-actions").getByRole("link", { name: itemTitle })).toBeVisible();
    await expect(now.getByTestId("now-actions")).toContainText(`from ${users.ceo.name}`);

    expect(reloaded(), "Sophie's home page did not reload").toBe(false);

    // Leave no show running for the other specs.
    await ceo.goto("/events");
    await ceo.getByRole("link", { name: showTitle }).first().click();
    ceo.once("dialog", (confirm) => void confirm.accept());
    await ceo.getByRole("button", { name: "End show" }).click();
    await expect(ceo.getByTestId("show-status")).toHaveText("Replay");
    await expect(now.getByTestId("now-show")).not.toContainText("Live now");
    for (const page of [sophie, tim, ceo]) await page.context().close();
  });

  test("an employee who opens a page for other roles learns what it is for and who can use it (403)", async ({
    browser,
  }) => {
    const employee = await newSignedInPage(browser, users.employee.email);
    const pages = [
      { path: "/admin", heading: "Admin", who: "Admins" },
      { path: "/admin/audit", heading: "The audit log", who: "Admins" },
      { path: "/challenges/new", heading: "Start a challenge", who: "Leaders and admins" },
      { path: "/ask/ama/new", heading: "Host an AMA", who: "Leaders and admins" },
      { path: "/events/new", heading: "Schedule a live show", who: "Leaders and admins" },
    ];
    for (const { path, heading, who } of pages) {
      const response = await employee.goto(path);
      expect(response?.status(), path).toBe(403);
      await expect(employee.getByRole("heading", { level: 1, name: heading })).toBeVisible();
      await expect(employee.getByTestId("forbidden-who")).toContainText(`Who can use it: ${who}`);
      await expect(employee.getByRole("heading", { name: "We could not find that page" })).toHaveCount(0);
    }
    // Content the reader may not know exists stays a 404.
    expect((await employee.goto("/communities/leadership-offsite-2027"))?.status()).toBe(404);
    await employee.context().close();
  });
});
