import { defineConfig } from "@playwright/test";
import suite from "../../playwright.config";

// The suite's Playwright settings (browser, launch flags, reporter, retries) on the gate's fixture only, without the
// app server: the gate proves that a failing test ends Playwright with a non-zero status.
export default defineConfig({
  ...suite,
  testDir: ".",
  testMatch: "*.gate.ts",
  webServer: undefined,
  reporter: [["list"]],
  outputDir: "../../test-results/gate",
});
