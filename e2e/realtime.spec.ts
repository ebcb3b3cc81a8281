import { expect, test } from "@playwright/test";
import { expectLive, newSignedInPage, users } from "./fixtures/auth";

test.describe("[REALTIME]", () => {
  test("an admin's banner reaches a signed-in colleague live, without a reload", async ({ browser }) => {
    const colleague = await newSignedInPage(browser, users.employee.email);
    await colleague.goto("/people");
    await expectLive(colleague);
    let reloaded = false;
    colleague.on("framenavigated", (frame) => {
      if (frame === colleague.mainFrame()) reloaded = true;
    });

    const admin = await newSignedInPage(browser, users.admin.email);
    await admin.goto("/admin");
    const message = `Fire drill at 14:00 in Rotterdam — ${Date.now()}`;
    await admin.getByLabel("Message").fill(message);
    await admin.getByLabel("Tone").selectOption("WARNING");
    await admin.getByRole("button", { name: "Broadcast banner" }).click();
    await expect(admin.getByText("Sent. Everyone signed in sees the banner now.")).toBeVisible();

    await expect(colleague.getByTestId("banner-message")).toContainText(message);
    expect(reloaded, "the colleague's page did not reload").toBe(false);

    // Clearing it removes it live as well. The seeded welcome banner, still running, is no warning: it shows on the
    // home page only.
    await admin.getByRole("button", { name: "Clear this banner" }).click();
    await expect(colleague.getByTestId("banner-message")).toHaveCount(0);
    await colleague.goto("/");
    await expect(colleague.getByTestId("banner-message")).toContainText("Welcome to Hearth");
    await admin.context().close();
    await colleague.context().close();
  });

  test("a refused broadcast names the field and keeps the message", async ({ browser }) => {
    const admin = await newSignedInPage(browser, users.admin.email);
    await admin.goto("/admin");
    await admin.getByLabel("Message").fill("Hi");
    await admin.getByLabel("Show for (days)").fill("90");
    await admin.getByRole("button", { name: "Broadcast banner" }).click();
    await expect(admin.getByRole("alert").filter({ hasText: "Check the 2 marked fields." })).toBeVisible();
    // The summary says which way to look by moving there: focus is on the first field in error.
    await expect(admin.getByLabel("Message")).toBeFocused();
    await expect(admin.getByLabel("Message")).toHaveAccessibleDescription("Message needs at least 3 characters");
    await expect(admin.getByLabel("Show for (days)")).toHaveAccessibleDescription("Show for at most 30 days");
    await expect(admin.getByLabel("Message")).toHaveValue("Hi");
    await expect(admin.getByLabel("Show for (days)")).toHaveValue("90");
    await admin.context().close();
  });
});
