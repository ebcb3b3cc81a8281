import path from "node:path";
import { defineConfig } from "@playwright/test";
import { controlPort, s3Port, S3_CONTROL_URL } from "./control";
import suite from "../../playwright.config";

// The browser suite's settings with Hearth on S3 storage: an S3-protocol server (s3rver, over HTTP) starts first, then
// the production server with S3_* pointing at it, on its own fresh database (the demo seed's media go to the bucket
// too). Run by `npm run test:e2e` after the main suite.
const root = path.join(import.meta.dirname, "../..");

const appServer = Array.isArray(suite.webServer) ? suite.webServer[0]! : suite.webServer!;

export default defineConfig({
  ...suite,
  testDir: ".",
  testMatch: "*.s3.ts",
  outputDir: "../../test-results/s3",
  webServer: [
    {
      command: "npx tsx e2e/s3/s3-server.ts",
      cwd: root,
      url: `${S3_CONTROL_URL}/health`,
      timeout: 60_000,
      reuseExistingServer: false,
      env: { E2E_S3_PORT: String(s3Port), E2E_S3_CONTROL_PORT: String(controlPort) },
    },
    {
      ...appServer,
      cwd: root,
      env: {
        ...appServer.env,
        ...(!process.env.TEST_DATABASE_URL && { HEARTH_DATA_DIR: path.join(root, ".data", "e2e-s3") }),
        S3_ENDPOINT: `http://127.0.0.1:${s3Port}`,
        S3_BUCKET: "hearth-e2e",
        S3_REGION: "us-east-1",
        S3_ACCESS_KEY_ID: "S3RVER",
        S3_SECRET_ACCESS_KEY: "S3RVER",
        S3_FORCE_PATH_STYLE: "1",
      },
    },
  ],
});
