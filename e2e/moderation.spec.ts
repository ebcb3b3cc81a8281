import { expect, test, type Locator } from "@playwright/test";
import { expectLive, newSignedInPage, users } from "./fixtures/auth";

const openCount = async (text: string | null) => Number(/(\d+)/.exec(text ?? "")?.[1] ?? NaN);

/**
 * A queue card confirms what was done, and leaves the queue as soon as the page refreshes live (the report or the
 * removal changed): whichever the reader catches first, the action went through.
 */
async function settled(card: Locator, confirmation: string): Promise<boolean> {
  return (await card.count()) === 0 || (await card.getByText(confirmation).isVisible());
}

test.describe("[MODERATION]", () => {
  test("a reported post is removed from the queue: the author sees the reason, the audit log shows it, and an admin restores it", async ({
    browser,
  }) => {
    const author = await newSignedInPage(browser, users.employee.email);
    const reporter = await newSignedInPage(browser, users.salesManager.email);
    const admin = await newSignedInPage(browser, users.admin.email);
    const stamp = Date.now();

    // Sophie posts company-wide.
    await author.goto("/");
    const composer = author.getByRole("form", { name: "New post" });
    await composer
      .getByRole("combobox", { name: "Post text" })
      .fill(`Cheap sunglasses at my cousin's stall, code SUN${stamp}`);
    await composer.getByRole("button", { name: "Post" }).click();
    const card = author.getByTestId("post-card").filter({ hasText: `SUN${stamp}` });
    await expect(card).toBeVisible();
    const href = await card.locator('a[href^="/posts/"]').first().getAttribute("href");
    expect(href).toMatch(/^\/posts\/\w+$/);

    // The admin's queue is open; its count goes up live when Lotte reports.
    await admin.goto("/admin/moderation");
    await expectLive(admin);
    const count = admin.getByTestId("open-report-count");
    const before = await openCount(await count.textContent());

    await reporter.goto(href!);
    const postOptions = reporter.getByRole("button", { name: "Post options" });
    await postOptions.click();
    await reporter.getByRole("menuitem", { name: "Report" }).click();
    const dialog = reporter.getByRole("dialog", { name: `Report ${users.employee.name}'s post` });
    await dialog.getByRole("button", { name: "Send report" }).click();
    await expect(dialog.getByText("Choose what is wrong")).toBeVisible(); // the field says what is missing
    await dialog.getByLabel("Details (optional)").fill("Advertising a private stall.");
    await dialog.getByLabel("What is wrong?").selectOption("SPAM");
    await dialog.getByRole("button", { name: "Send report" }).click();
    await expect(dialog.getByText("Thank you. The moderators will look at it")).toBeVisible();
    // Closing the dialog hands focus back to the menu button it was opened from (its menu item is gone).
    await reporter.keyboard.press("Escape");
    await expect(dialog).toHaveCount(0);
    await expect(postOptions).toBeFocused();

    await expect.poll(async () => openCount(await count.textContent())).toBe(before + 1);
    const report = admin.getByTestId("report-card").filter({ hasText: `SUN${stamp}` });
    await expect(report).toBeVisible();
    await expect(report.getByText("Advertising a private stall.")).toBeVisible();
    await expect(report.getByText("Company-wide")).toBeVisible();

    // The admin removes it with a reason.
    const reason = `No private advertising on Hearth, please (${stamp})`;
    await report.getByText("Remove", { exact: true }).click();
    await report.getByLabel("Reason").fill(reason);
    await report.getByRole("button", { name: "Apply" }).click();
    await expect.poll(() => settled(report, "Done. It is in the audit log.")).toBe(true);

    // Readers no longer find it; the author sees it with the reason, on the post page and in notifications.
    await reporter.goto(href!);
    await expect(reporter.getByRole("heading", { name: "We could not find that page" })).toBeVisible();
    await author.goto(href!);
    await expect(author.getByText("A moderator removed this post")).toBeVisible();
    await expect(author.getByTestId("removed-reason")).toHaveText(reason);
    await author.goto("/notifications");
    const notice = author.getByRole("link").filter({ hasText: "A moderator removed something you wrote" }).first();
    await expect(notice).toContainText(reason);

    // The audit log, filtered by action and actor, shows who did what and why.
    await admin.goto("/admin/audit");
    await admin.getByLabel("Action").selectOption("post.removed");
    await admin.getByLabel("Actor (handle)").fill(users.admin.handle);
    await admin.getByRole("button", { name: "Filter" }).click();
    await expect(admin).toHaveURL(/action=post.removed/);
    const row = admin.getByTestId("audit-row").filter({ hasText: reason });
    await expect(row).toBeVisible();
    await expect(row).toContainText(users.admin.name);

    // Restore: it is back for everyone.
    await admin.goto("/admin/moderation");
    const removed = admin.getByTestId("removed-item").filter({ hasText: `SUN${stamp}` });
    await removed.getByRole("button", { name: `Restore ${users.employee.name}'s post` }).click();
    await expect.poll(() => settled(removed, "Restored.")).toBe(true);
    await reporter.goto(href!);
    await expect(reporter.getByTestId("post-card").filter({ hasText: `SUN${stamp}` })).toBeVisible();
  });

  test("a removal disappears live from a reader's feed; a non-admin cannot open the admin queue or the audit log", async ({
    browser,
  }) => {
    const author = await newSignedInPage(browser, users.employee.email);
    const reader = await newSignedInPage(browser, users.salesManager.email);
    const admin = await newSignedInPage(browser, users.admin.email);
    const stamp = Date.now();
    await author.goto("/");
    const composer = author.getByRole("form", { name: "New post" });
    await composer.getByRole("combobox", { name: "Post text" }).fill(`Something to remove ${stamp}`);
    await composer.getByRole("button", { name: "Post" }).click();
    await expect(author.getByTestId("post-card").filter({ hasText: String(stamp) })).toBeVisible();

    await reader.goto("/");
    await expectLive(reader);
    const readerCard = reader.getByTestId("post-card").filter({ hasText: String(stamp) });
    await expect(readerCard).toBeVisible();

    await admin.goto("/");
    const adminCard = admin.getByTestId("post-card").filter({ hasText: String(stamp) });
    await adminCard.getByRole("button", { name: "Post options" }).click();
    await admin.getByRole("menuitem", { name: "Remove with reason" }).click();
    const dialog = admin.getByRole("dialog", { name: "Remove this post" });
    await dialog.getByRole("button", { name: "Remove" }).click();
    await expect(dialog.getByText("Give a reason of at least 3 characters")).toBeVisible();
    await dialog.getByLabel("Reason (the author reads this)").fill("Test removal");
    await dialog.getByRole("button", { name: "Remove" }).click();
    await expect(readerCard).toHaveCount(0);

    for (const path of ["/admin/moderation", "/admin/audit", "/admin/communities", "/admin/jobs"]) {
      expect((await reader.goto(path))?.status(), path).toBe(403);
      await expect(reader.getByTestId("forbidden-who")).toContainText("Who can use it: Admins");
    }
  });
});
