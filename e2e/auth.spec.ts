import { expect, test } from "@playwright/test";
import { expectLive, newSignedInPage, signInAs, users } from "./fixtures/auth";

test.describe("[AUTH]", () => {
  test("the CEO signs in with the form and sees the shell", async ({ page }) => {
    await page.goto("/signin");
    await page.getByLabel("Email").fill(users.ceo.email);
    await page.getByLabel("Password").fill("hearth-demo");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page).toHaveURL("/");
    await expect(page.getByRole("button", { name: `Account menu for ${users.ceo.name}` })).toBeVisible();
    await expect(page.getByRole("form", { name: "New post" })).toBeVisible();
    const nav = page.getByRole("navigation", { name: "Main" });
    for (const label of [
      "Home",
      "Communities",
      "Pride",
      "Ask leadership",
      "Action items",
      "Live shows",
      "Challenges",
      "People",
    ]) {
      await expect(nav.getByRole("link", { name: label, exact: true })).toBeVisible();
    }
    await expect(nav.getByRole("link", { name: "Admin" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Notifications" })).toBeVisible();
  });

  test("a wrong password gets one clear message and keeps the email", async ({ page }) => {
    await page.goto("/signin");
    await page.getByLabel("Email").fill(users.employee.email);
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    const message = page.getByRole("alert").filter({ hasText: "do not match" });
    await expect(message).toHaveText("That email and password do not match an account. Check both and try again.");
    await expect(page.getByLabel("Email")).toHaveValue(users.employee.email);
    await expect(page).toHaveURL(/\/signin/);

    // An unknown account gets exactly the same words: nothing reveals whether it exists.
    await page.getByLabel("Email").fill("nobody@northwind.example");
    await page.getByLabel("Password").fill("whatever-password");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByLabel("Email")).toHaveValue("nobody@northwind.example");
    await expect(page.getByRole("alert").filter({ hasText: "do not match" })).toHaveText(
      "That email and password do not match an account. Check both and try again.",
    );
  });

  test("signing in from a deep link comes back to it", async ({ page }) => {
    await page.goto(`/people/${users.ceo.handle}`);
    await expect(page).toHaveURL(/\/signin\?callbackUrl=/);
    await page.getByLabel("Email").fill(users.employee.email);
    await page.getByLabel("Password").fill("hearth-demo");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page).toHaveURL(`/people/${users.ceo.handle}`);
    await expect(page.getByRole("heading", { level: 1, name: users.ceo.name })).toBeVisible();
  });

  test("signing out from the account menu ends the session", async ({ page }) => {
    await signInAs(page, users.employee.email);
    await page.goto("/");
    await page.getByRole("button", { name: `Account menu for ${users.employee.name}` }).click();
    await page.getByRole("menuitem", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/signin/);
    await page.goto("/settings");
    await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fsettings/);
    expect((await page.request.get("/api/me")).status()).toBe(401);
  });

  test("unauthenticated page, API and socket requests are refused", async ({ page, request }) => {
    await page.goto("/admin");
    await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fadmin/);
    for (const path of ["/api/me", "/api/people", "/api/banner"]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(401);
      expect(await response.text(), path).not.toContain("northwind.example");
    }
    const handshake = await request.get("/socket.io/?EIO=4&transport=polling");
    expect(handshake.status()).toBe(403);
    const forged = await request.get("/socket.io/?EIO=4&transport=polling", {
      headers: { cookie: "authjs.session-token=forged" },
    });
    expect(forged.status()).toBe(403);
  });

  test("signing out on all devices ends the other sessions live", async ({ browser }) => {
    const laptop = await newSignedInPage(browser, users.salesManager.email);
    const phone = await newSignedInPage(browser, users.salesManager.email);
    await phone.goto("/");
    await expectLive(phone);
    await laptop.goto("/settings");
    await laptop.getByRole("button", { name: "Sign out on all devices" }).click();
    await expect(laptop).toHaveURL(/\/signin/);
    // The phone is told over its socket and leaves; its old cookie no longer works either.
    await expect(phone).toHaveURL(/\/signin/);
    expect((await phone.request.get("/api/me")).status()).toBe(401);
    await laptop.context().close();
    await phone.context().close();
  });
});
