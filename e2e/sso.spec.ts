import { expect, test, type Browser, type Page } from "@playwright/test";
import { E2E_OIDC_PORT } from "../playwright.config";
import { expectLive, newSignedInPage, users } from "./fixtures/auth";
import { startTestProvider, type TestProvider } from "./fixtures/oidc-provider";

// Single sign-on through a real OpenID Connect provider running in this process, in Chromium, against the production
// build; then deactivation from /admin/people cutting that person's open page.

let provider: TestProvider;

test.beforeAll(async ({ baseURL }) => {
  provider = await startTestProvider(E2E_OIDC_PORT, baseURL!);
});

test.afterAll(async () => {
  await provider?.close();
});

/** Signs in at the provider's login page (and its consent page when it asks), from Hearth's SSO button. */
async function ssoSignIn(page: Page, login: string) {
  await page.goto("/signin");
  await page.getByRole("button", { name: "Sign in with Northwind ID" }).click();
  await page.waitForURL((url) => url.port === String(E2E_OIDC_PORT));
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("anything");
  await page.getByRole("button", { name: "Sign-in" }).click();
  const consent = page.getByRole("button", { name: "Continue" });
  await page.waitForURL((url) => url.port !== String(E2E_OIDC_PORT) || url.pathname.includes("interaction"));
  if (await consent.isVisible().catch(() => false)) await consent.click();
}

async function freshPage(browser: Browser) {
  const context = await browser.newContext();
  return context.newPage();
}

async function sessionCookie(page: Page) {
  return (await page.context().cookies()).find((cookie) => cookie.name.endsWith("authjs.session-token"));
}

test.describe.serial("single sign-on", () => {
  const login = `ana-${Date.now().toString(36)}`;
  const email = `${login}@northwind.example`;

  test("first sign-in creates the account with the role its groups map to; the next one updates it", async ({
    browser,
  }) => {
    provider.accounts.set(login, {
      email,
      email_verified: true,
      name: "Ana Lima",
      title: "Buyer",
      department: "Purchasing",
      locale: "en",
      groups: ["staff", "hearth-leaders"],
    });
    const page = await freshPage(browser);
    await ssoSignIn(page, login);
    await page.waitForURL((url) => url.pathname === "/");
    await expectLive(page);
    const me = (await (await page.request.get("/api/me")).json()) as Record<string, unknown>;
    expect(JSON.stringify(me)).toContain("Ana Lima");

    // An admin sees the new account, its role from the leader group and its SSO badge.
    const admin = await newSignedInPage(browser, users.admin.email);
    await admin.goto(`/admin/people?q=${login}`);
    const row = admin.getByTestId(/^account-ana-lima/);
    await expect(row).toContainText(email);
    await expect(row).toContainText("SSO");
    await expect(row.getByRole("combobox")).toHaveValue("LEADER");

    // Second sign-in: new name and title at the provider, out of the leader group.
    provider.accounts.set(login, { ...provider.accounts.get(login), name: "Ana Lima-Souza", groups: ["staff"] });
    const again = await freshPage(browser);
    await ssoSignIn(again, login);
    await again.waitForURL((url) => url.pathname === "/");
    await admin.goto(`/admin/people?q=${login}`);
    await expect(admin.getByTestId(/^account-ana-lima/)).toContainText("Ana Lima-Souza");
    await expect(admin.getByTestId(/^account-ana-lima/).getByRole("combobox")).toHaveValue("EMPLOYEE");
    await expect(admin.getByTestId(/^account-ana-lima/)).toHaveCount(1); // updated, not a second account
    await admin.context().close();
  });

  test("[AUTH] an ID token for another audience or from another issuer is refused", async ({ browser }) => {
    for (const tamper of [{ aud: "some-other-client" }, { iss: "http://localhost:1/evil" }]) {
      provider.tamper = tamper;
      try {
        const page = await freshPage(browser);
        await ssoSignIn(page, login);
        await page.waitForURL((url) => url.pathname === "/signin" && url.searchParams.has("error"));
        await expect(page.getByText(/did not complete/)).toBeVisible();
        expect(await sessionCookie(page), JSON.stringify(tamper)).toBeUndefined();
        await page.context().close();
      } finally {
        provider.tamper = null;
      }
    }
  });

  test("[AUTH] a replayed callback (state and code used once already) is refused", async ({ browser }) => {
    const page = await freshPage(browser);
    const callback = page.waitForRequest((request) => request.url().includes("/api/auth/callback/oidc"));
    await ssoSignIn(page, login);
    const callbackUrl = (await callback).url();
    await page.waitForURL((url) => url.pathname === "/");
    expect(await sessionCookie(page)).toBeDefined();

    // The same callback in the same browser after signing out, and in another browser: no session either way.
    await page.context().clearCookies();
    await page.goto(callbackUrl);
    await expect(page).toHaveURL(/\/signin/);
    expect(await sessionCookie(page)).toBeUndefined();
    const other = await freshPage(browser);
    await other.goto(callbackUrl);
    await expect(other).toHaveURL(/\/signin/);
    expect(await sessionCookie(other)).toBeUndefined();
    await other.context().close();
  });

  test("[AUTH] deactivation from /admin/people closes the person's socket, ends their session and blocks SSO", async ({
    browser,
  }) => {
    const person = await freshPage(browser);
    await ssoSignIn(person, login);
    await person.waitForURL((url) => url.pathname === "/");
    await expectLive(person);
    const socketClosed = new Promise<void>((resolve) =>
      person.on("websocket", (ws) => ws.url().includes("/socket.io/") && ws.on("close", () => resolve())),
    );
    // The page's socket was opened before the listener: reload so the listener sees the one that will close.
    await person.reload();
    await expectLive(person);

    const admin = await newSignedInPage(browser, users.admin.email);
    await admin.goto(`/admin/people?q=${login}`);
    const row = admin.getByTestId(/^account-ana-lima/);
    await row.getByRole("button", { name: /^Deactivate/ }).click();
    await row.getByRole("button", { name: "Deactivate", exact: true }).click();
    await expect(row).toHaveCount(0); // gone from the active list

    await socketClosed;
    await person.goto("/people");
    await expect(person).toHaveURL(/\/signin/);

    // Signing in again with SSO is refused, with a sentence.
    const retry = await freshPage(browser);
    await ssoSignIn(retry, login);
    await retry.waitForURL((url) => url.pathname === "/signin");
    await expect(retry.getByText(/deactivated/)).toBeVisible();
    expect(await sessionCookie(retry)).toBeUndefined();

    // The admin finds them under Deactivated, and can bring them back.
    await admin.goto(`/admin/people?q=${login}&status=deactivated`);
    await expect(admin.getByTestId(/^account-ana-lima/)).toContainText("Deactivated");
    await admin.context().close();
  });
});
