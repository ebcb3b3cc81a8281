import { expect, test, type Page } from "@playwright/test";
import { expectLive, newSignedInPage, users } from "./fixtures/auth";

async function unreadCount(page: Page): Promise<number> {
  const badge = page.getByTestId("unread-count");
  return (await badge.count()) === 0 ? 0 : Number(await badge.textContent());
}

const dayFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

test.describe("[ACTIONS]", () => {
  test("the CEO assigns an item from a post to Lotte, who works it through; everyone watching sees it live", async ({
    browser,
  }) => {
    const lotte = await newSignedInPage(browser, users.salesManager.email);
    const ceo = await newSignedInPage(browser, users.ceo.email);
    const watcher = await newSignedInPage(browser, users.employee.email);
    const stamp = Date.now();

    // Lotte posts what she heard; the CEO opens the post.
    await lotte.goto("/");
    await expectLive(lotte);
    await lotte
      .getByRole("form", { name: "New post" })
      .getByRole("combobox", { name: "Post text" })
      .fill(`Another buyer says our lids are too expensive (${stamp})`);
    await lotte.getByRole("button", { name: "Post", exact: true }).click();
    const lottePost = lotte.getByTestId("post-card").filter({ hasText: String(stamp) });
    await expect(lottePost).toBeVisible();
    const postPath = await lottePost.locator('a[href^="/posts/"]').first().getAttribute("href");
    expect(postPath).toMatch(/^\/posts\/\w+$/);
    const unreadBefore = await unreadCount(lotte);

    await ceo.goto(postPath!);
    await expectLive(ceo);
    await ceo.getByRole("button", { name: "Post options" }).click();
    await ceo.getByRole("menuitem", { name: "Assign an action item" }).click();
    const dialog = ceo.getByRole("dialog", { name: "Assign an action item" });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText(`From ${users.salesManager.name}'s post.`);

    // Refused without a title or an assignee: both named, and the description survives.
    await dialog
      .getByLabel("Description (optional)")
      .fill("The three objections we hear most, each with our best answer.");
    await dialog.getByRole("button", { name: "Assign", exact: true }).click();
    await expect(dialog.getByRole("alert")).toHaveText("Check the 2 fields marked below.");
    await expect(dialog.getByLabel("Title")).toHaveAccessibleDescription("Give the action item a title");
    await expect(dialog.getByRole("combobox", { name: "Assign to" })).toHaveAccessibleDescription(
      "Choose at least one person",
    );
    await expect(dialog.getByLabel("Description (optional)")).toHaveValue(
      "The three objections we hear most, each with our best answer.",
    );

    const title = `Collect the top 3 buyer objections ${stamp}`;
    await dialog.getByLabel("Title").fill(title);
    await dialog.getByLabel("Due date (optional)").fill(dayFromToday(10));
    await dialog.getByRole("combobox", { name: "Assign to" }).pressSequentially("Lotte");
    await dialog.getByRole("option", { name: /Lotte Mulder/ }).click();
    await expect(dialog.getByRole("button", { name: "Remove Lotte Mulder" })).toBeVisible();
    await dialog.getByRole("button", { name: "Assign", exact: true }).click();
    await expect(dialog.getByText("Assigned. Everyone can follow it now.")).toBeVisible();
    await dialog.getByRole("button", { name: "Close", exact: true }).last().click();
    await expect(dialog).toBeHidden();

    // The post shows the item inline.
    const chip = ceo.getByTestId("post-card").getByTestId("action-chip").filter({ hasText: title });
    await expect(chip).toContainText(`assigned to ${users.salesManager.name} by ${users.ceo.name} (CEO), open, due`);

    // Lotte hears of it live and finds it under "My action items".
    await expect.poll(() => unreadCount(lotte)).toBeGreaterThan(unreadBefore);
    await lotte.goto("/actions");
    await lotte.getByRole("link", { name: "My action items" }).click();
    await expect(lotte).toHaveURL(/view=mine/);
    await lotte.getByTestId("action-card").filter({ hasText: title }).getByRole("link", { name: title }).click();
    await expect(lotte.getByRole("heading", { level: 1, name: title })).toBeVisible();
    const itemUrl = lotte.url();

    // A colleague watches the item: everything visible, no controls.
    await watcher.goto(itemUrl);
    await expectLive(watcher);
    await expectLive(lotte);
    await expect(watcher.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(watcher.getByRole("link", { name: /From Lotte's post/ })).toHaveAttribute("href", postPath!);
    await expect(watcher.getByLabel("Progress update")).toHaveCount(0);
    await expect(watcher.getByRole("button", { name: "Start working on it" })).toHaveCount(0);
    await expect(watcher.getByText("Only Lotte and Maria can post updates or change the status.")).toBeVisible();

    // Lotte reports progress and starts; the watcher sees both live.
    await lotte.getByLabel("Progress update").fill("Asked the Benelux team for the objections they heard this month.");
    await lotte.getByRole("button", { name: "Post update" }).click();
    await expect(lotte.getByLabel("Progress update")).toHaveValue("");
    await expect(watcher.getByTestId("action-history")).toContainText(
      "Asked the Benelux team for the objections they heard this month.",
    );
    await lotte.getByRole("button", { name: "Start working on it" }).click();
    await expect(lotte.getByTestId("action-status").first()).toHaveText("In progress");
    await expect(watcher.getByTestId("action-status").first()).toHaveText("In progress");
    await expect(watcher.getByTestId("action-history")).toContainText("Lotte Mulder moved it from Open to In progress");

    // Declining without a reason is refused clearly, and the update she was typing stays.
    await lotte.getByLabel("Progress update").fill("Half-way through the list");
    await lotte.getByRole("button", { name: "Decline…" }).click();
    await lotte.getByRole("button", { name: "Decline item" }).click();
    await expect(
      lotte.getByRole("alert").filter({ hasText: "The item was not declined: give a reason first." }),
    ).toBeVisible();
    await expect(lotte.getByLabel("Reason for declining")).toHaveAccessibleDescription(
      "Give a reason for declining, so everyone knows why",
    );
    await expect(lotte.getByLabel("Progress update")).toHaveValue("Half-way through the list");
    await expect(lotte.getByTestId("action-status").first()).toHaveText("In progress");
    await lotte.getByRole("button", { name: "Cancel" }).click();

    // Done: the watcher and the post see it live.
    await lotte.getByRole("button", { name: "Mark as done" }).click();
    await expect(watcher.getByTestId("action-status").first()).toHaveText("Done");
    await expect(watcher.getByTestId("action-history")).toContainText("moved it from In progress to Done");
    await expect(chip).toContainText(", done");
    await expect(lotte.getByLabel("Progress update")).toHaveValue("Half-way through the list");

    await lotte.context().close();
    await ceo.context().close();
    await watcher.context().close();
  });

  test("the board by status, the other views and their empty states; employees cannot assign", async ({ browser }) => {
    const employee = await newSignedInPage(browser, users.employee.email);
    await employee.goto("/actions");
    await expect(employee.getByRole("heading", { level: 1, name: "Action items" })).toBeVisible();
    for (const column of ["Open", "In progress", "Done", "Declined"]) {
      await expect(employee.getByRole("region", { name: new RegExp(`^${column}`) })).toBeVisible();
    }
    await expect(employee.getByRole("button", { name: "Assign an action item" })).toHaveCount(0);

    await employee.getByRole("link", { name: "By assignee" }).click();
    await expect(employee).toHaveURL(/view=assignee/);
    await employee.getByRole("link", { name: "My action items" }).click();
    await expect(employee.getByRole("heading", { name: "Nothing on your list" })).toBeVisible();
    await employee.getByLabel("Overdue only").check();
    await employee.getByRole("button", { name: "Apply" }).click();
    await expect(employee).toHaveURL(/view=mine.*overdue=1|overdue=1.*view=mine/);
    await expect(employee.getByRole("heading", { name: "No action items match these filters" })).toBeVisible();

    // No "Assign" on posts either, and the server says no to a guessed item id.
    await employee.goto("/");
    const firstPost = employee.getByTestId("post-card").first();
    if ((await firstPost.getByRole("button", { name: "Post options" }).count()) > 0) {
      await firstPost.getByRole("button", { name: "Post options" }).click();
      await expect(employee.getByRole("menu", { name: "Post options" })).toBeVisible();
      await expect(employee.getByRole("menuitem", { name: "Assign an action item" })).toHaveCount(0);
    }
    expect((await employee.request.get("/api/action-items/c-does-not-exist")).status()).toBe(404);
    expect((await employee.request.get("/api/action-items/sources?postId=c-nope")).status()).toBe(404);
    await employee.context().close();
  });
});
