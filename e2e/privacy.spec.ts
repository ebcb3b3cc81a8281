import { expect, test, type Page } from "@playwright/test";
import { expectLive, newSignedInPage, users } from "./fixtures/auth";

const SHOTS = "/work/wt/shots/gdpr";

/** Collects every CSP violation the page reports (the event fires on the document; Playwright's script is exempt). */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  const console: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) console.push(message.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener("securitypolicyviolation", (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  return async () => [...console, ...(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp))];
}

test("[SECURITY] every main page carries a nonce CSP without unsafe-inline scripts, and nothing on it is blocked", async ({
  browser,
}) => {
  const page = await newSignedInPage(browser, users.employee.email);
  const violations = await watchViolations(page);
  const nonces = new Set<string>();
  for (const path of ["/", "/ask", "/communities", "/actions", "/notifications", "/settings", "/pride", "/events"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    const policy = response!.headers()["content-security-policy"] ?? "";
    const scripts = policy.split(";").find((directive) => directive.trim().startsWith("script-src")) ?? "";
    expect(scripts, path).toMatch(/'nonce-[A-Za-z0-9+/=]+'/);
    expect(scripts, path).not.toContain("unsafe-inline");
    nonces.add(/'nonce-([^']+)'/.exec(scripts)![1]!);
    expect(response!.headers()["x-frame-options"]).toBe("DENY");
    expect(response!.headers()["x-content-type-options"]).toBe("nosniff");
    await page.waitForLoadState("networkidle");
    if (path === "/") await expectLive(page); // socket.io still connects under connect-src
  }
  expect(nonces.size, "a fresh nonce per response").toBe(8);
  expect(await violations()).toEqual([]);
  await page.context().close();
});

test("[PRIVACY] a person requests their data on /settings, is told when it is ready and downloads a zip", async ({
  browser,
}) => {
  for (const width of [1440, 375]) {
    const page = await newSignedInPage(browser, users.salesManager.email, { width, height: 900 });
    await page.goto("/settings");
    await expect(page.getByRole("heading", { name: "Your data" })).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/settings-${width}.png`, fullPage: true });
    await page.context().close();
  }

  const page = await newSignedInPage(browser, users.employee.email);
  await page.goto("/settings");
  await page.getByRole("button", { name: "Request a copy of my data" }).click();
  await expect(page.getByText("We are preparing your export")).toBeVisible();
  const download = page.getByRole("link", { name: /Download/ });
  await expect(async () => {
    await page.reload();
    await expect(download).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 90_000 });
  const href = (await download.getAttribute("href"))!;
  const response = await page.request.get(href);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/zip");
  expect((await response.body()).subarray(0, 2).toString()).toBe("PK");
  await page.screenshot({ path: `${SHOTS}/settings-export-ready-1440.png`, fullPage: true });

  // The bell says so, and another person cannot fetch it.
  await page.goto("/notifications");
  await expect(page.getByText("Your data export is ready to download for 7 days")).toBeVisible();
  const other = await newSignedInPage(browser, users.salesManager.email);
  expect((await other.request.get(href)).status()).toBe(404);
  await other.context().close();
  await page.context().close();
});
