import { existsSync } from "node:fs";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

// E2E runs against the production build, started by the same script as `npm start`, on a fresh
// database: the embedded cluster under .data/e2e, or a `hearth_e2e` database on TEST_DATABASE_URL's server.
const port = Number(process.env.E2E_PORT ?? 3210);
const baseURL = `http://localhost:${port}`;
export const E2E_AUTH_SECRET = "e2e-only-secret-not-for-production-0123456789";
// The in-process OpenID Connect provider of e2e/sso.spec.ts (e2e/fixtures/oidc-provider.ts) listens here.
export const E2E_OIDC_PORT = Number(process.env.E2E_OIDC_PORT ?? 4600 + (port % 100));

function e2eDatabaseEnv(): Record<string, string> {
  if (!process.env.TEST_DATABASE_URL) return { HEARTH_DATA_DIR: path.join(process.cwd(), ".data", "e2e") };
  const url = new URL(process.env.TEST_DATABASE_URL);
  url.pathname = "/hearth_e2e";
  return { DATABASE_URL: url.toString(), HEARTH_SEED_DEMO: "1" };
}

// Debian's Chromium where it is installed (CI, offline machines); Playwright's own browser elsewhere.
const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const launchOptions = {
  ...(existsSync(chromiumPath) && { executablePath: chromiumPath }),
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
};

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  // Hang detectors, not budgets: generous enough that a busy machine (npm run test:stress -- --e2e) is slow, not red.
  timeout: 120_000,
  expect: { timeout: 20_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: { baseURL, trace: "retain-on-failure", screenshot: "only-on-failure", launchOptions },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], launchOptions } }],
  webServer: {
    command: "npx tsx scripts/start.ts",
    url: `${baseURL}/api/health`,
    timeout: 900_000, // a first production build on a busy machine
    reuseExistingServer: false,
    stdout: "pipe",
    env: {
      ...e2eDatabaseEnv(),
      PORT: String(port),
      AUTH_SECRET: E2E_AUTH_SECRET,
      HEARTH_FRESH_DB: "1",
      OIDC_ISSUER: `http://localhost:${E2E_OIDC_PORT}`,
      OIDC_CLIENT_ID: "hearth-e2e",
      OIDC_CLIENT_SECRET: "hearth-e2e-secret-0123456789",
      OIDC_NAME: "Northwind ID",
      OIDC_SCOPES: "openid email profile groups",
      SSO_ADMIN_GROUPS: "hearth-admins",
      SSO_LEADER_GROUPS: "hearth-leaders",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  },
});
