import { expect, test } from "@playwright/test";
import { expectLive, newSignedInPage, unreadCount, users } from "./fixtures/auth";

test.describe("[NUDGES]", () => {
  test("a nudge reaches a manager, and its one-click thank-you opens a pre-filled moment of pride that posts", async ({
    browser,
  }) => {
    // The demo's CEO manages leaders whom nobody has recognised yet: the seed ran the real nudge rules.
    const manager = await newSignedInPage(browser, users.ceo.email);
    await manager.goto("/notifications");
    const nudges = manager.getByRole("region", { name: /Worth doing this week/ });
    const card = nudges
      .getByRole("listitem")
      .filter({ hasText: /has not been recognised/ })
      .first();
    await expect(card).toBeVisible();
    const text = (await card.locator("p").first().textContent()) ?? "";
    const firstName = text.split(" ")[0]!;

    await card.getByRole("button", { name: `Thank ${firstName}`, exact: true }).click();
    await expect(manager).toHaveURL(/\/pride\?thank=/);
    const composer = manager.getByRole("form", { name: "New moment of pride" });
    await expect(composer.getByRole("button", { name: new RegExp(`Remove ${firstName}`) })).toBeVisible();
    const body = composer.getByRole("combobox", { name: "Post text" });
    await expect(body).toHaveValue(/^Thank you, @/);
    const stamp = Date.now();
    await body.fill(`${await body.inputValue()}steering us through the busiest quarter yet (${stamp})`);
    await composer.getByRole("button", { name: "Share the moment" }).click();

    const moment = manager.getByTestId("post-card").filter({ hasText: String(stamp) });
    await expect(moment).toBeVisible();
    await expect(
      moment.getByRole("list", { name: "Made it happen" }).getByRole("link", { name: new RegExp(firstName) }),
    ).toBeVisible();

    // Followed: the nudge card is gone (its notification stays, read); nobody else ever sees it.
    await manager.goto("/notifications");
    await expect(manager.getByRole("heading", { name: "Notifications" })).toBeVisible();
    await expect(nudges.getByText(text)).toHaveCount(0);
    const colleague = await newSignedInPage(browser, users.employee.email);
    await colleague.goto("/notifications");
    await expect(colleague.getByText(/has not been recognised/)).toHaveCount(0);
  });
});

test.describe("[MUST-READ]", () => {
  test("a must-read announcement collects confirmations, and the author's count moves live", async ({ browser }) => {
    const author = await newSignedInPage(browser, users.ceo.email);
    await author.goto("/posts/new");
    const composer = author.getByRole("form", { name: "New post" });
    const stamp = Date.now();
    await composer.getByRole("combobox", { name: "Post text" }).fill(`Please read the new safety rules (${stamp})`);
    await composer.getByText("Post as an announcement").click();
    await composer.getByText("Must read: ask readers to confirm").click();
    await composer.getByRole("button", { name: "Post", exact: true }).click();
    await expect(author).toHaveURL(/\/posts\/(?!new$)[a-z0-9]+$/);
    const url = author.url();
    const count = author.getByTestId("confirmed-count");
    await expect(count).toHaveText(/^0 of \d+$/);
    await expectLive(author);

    const reader = await newSignedInPage(browser, users.employee.email);
    await reader.goto(url);
    await expect(reader.getByText("Please confirm you've read this announcement.")).toBeVisible();
    await expect(reader.getByTestId("confirmed-count")).toHaveCount(0); // receipts are the author's
    await reader.getByRole("button", { name: "I've read this" }).click();
    await expect(reader.getByText("You confirmed you read this.")).toBeVisible();

    await expect(count).toHaveText(/^1 of \d+$/);
    await author.getByText("Who confirmed").click();
    await expect(author.getByRole("link", { name: users.employee.name })).toBeVisible();
  });
});

test.describe("[NOTIFY]", () => {
  test("preferences change what reaches you: mentions switched off arrive nowhere; on, they do", async ({
    browser,
  }) => {
    const reader = await newSignedInPage(browser, users.employee.email);
    await reader.goto("/settings");
    const form = reader.getByRole("form", { name: "Notification preferences" });
    await form.getByRole("checkbox", { name: "Mentions in Hearth" }).uncheck();
    await form.getByRole("checkbox", { name: "Mentions by e-mail" }).uncheck();
    await form.getByRole("button", { name: "Save notification preferences" }).click();
    await expect(form.getByText(/^Saved\./)).toBeVisible();
    await reader.reload();
    await expect(reader.getByRole("checkbox", { name: "Mentions in Hearth" })).not.toBeChecked();

    const writer = await newSignedInPage(browser, users.salesManager.email);
    const mention = async (stamp: number) => {
      await writer.goto("/posts/new");
      const composer = writer.getByRole("form", { name: "New post" });
      await composer.getByRole("combobox", { name: "Post text" }).fill(`@${users.employee.handle} see this (${stamp})`);
      await composer.getByRole("button", { name: "Post", exact: true }).click();
      await expect(writer).toHaveURL(/\/posts\/(?!new$)[a-z0-9]+$/);
    };
    await reader.goto("/notifications");
    await expectLive(reader);
    const before = await unreadCount(reader);
    const muted = Date.now();
    await mention(muted);
    await reader.reload();
    expect(await unreadCount(reader)).toBe(before);

    await reader.goto("/settings");
    await reader.getByRole("checkbox", { name: "Mentions in Hearth" }).check();
    await reader.getByRole("button", { name: "Save notification preferences" }).click();
    await expect(reader.getByText(/^Saved\./)).toBeVisible();
    await reader.goto("/notifications");
    await expectLive(reader);
    await mention(Date.now());
    await expect.poll(() => unreadCount(reader)).toBe(before + 1);
  });

  test("admins read the outbox: the demo's kept e-mails, rendered sandboxed and as text", async ({ browser }) => {
    const admin = await newSignedInPage(browser, users.admin.email);
    await admin.goto("/admin/outbox");
    await expect(admin.getByRole("heading", { name: "E-mail outbox" })).toBeVisible();
    // Notification mails for people away queue up beside the digests while the suite runs: open a digest.
    await admin
      .getByRole("navigation", { name: "E-mails" })
      .getByRole("link", { name: /Your week on Hearth/ })
      .first()
      .click();
    await expect(admin.getByRole("heading", { name: "Your week on Hearth" })).toBeVisible();
    const frame = admin.frameLocator("iframe[title^='HTML of']");
    await expect(frame.getByText("Here is what happened on Hearth this week")).toBeVisible();
    await admin.getByText("Plain text").click();
    await expect(admin.locator("pre")).toContainText("/unsubscribe?token=");

    const employee = await newSignedInPage(browser, users.employee.email);
    const response = await employee.goto("/admin/outbox");
    expect(response?.status()).toBe(403);
  });
});
