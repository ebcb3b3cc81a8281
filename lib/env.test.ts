import { afterEach, describe, expect, inject, it, vi } from "vitest";
import { formatEnvError, ZEnv } from "@/lib/env";

const valid = { DATABASE_URL: "postgresql://hearth:secret@db.internal:5432/hearth", AUTH_SECRET: "a".repeat(32) };

function messageFor(input: Record<string, string | undefined>): string {
  const parsed = ZEnv.safeParse(input);
  if (parsed.success) throw new Error("expected the settings to be refused");
  return formatEnvError(parsed.error);
}

describe("env", () => {
  const saved = { DATABASE_URL: process.env.DATABASE_URL, AUTH_SECRET: process.env.AUTH_SECRET };
  afterEach(() => {
    Object.assign(process.env, saved);
  });

  it("[ENV] missing DATABASE_URL and AUTH_SECRET give one readable message naming both", () => {
    const message = messageFor({});
    expect(message).toMatch(/^Hearth's configuration is incomplete:\n/);
    expect(message).toMatch(/^ {2}- DATABASE_URL: .+$/m);
    expect(message).toMatch(/^ {2}- AUTH_SECRET: .+$/m);
    expect(message).toContain("See README.md, section Configuration.");
    expect(message).not.toMatch(/NODE_ENV|PORT|HOSTNAME/); // settings with defaults are not reported
  });

  it("[ENV] a non-PostgreSQL URL and a short secret are explained", () => {
    const message = messageFor({ DATABASE_URL: "mysql://db.internal/hearth", AUTH_SECRET: "short" });
    expect(message).toContain("DATABASE_URL: must be a postgresql:// URL");
    expect(message).toContain("AUTH_SECRET: must be at least 32 characters");
    expect(messageFor({ ...valid, DATABASE_URL: "not a url" })).toContain("DATABASE_URL: must be a postgresql:// URL");
  });

  it("[ENV] valid settings parse, with defaults and PORT coerced to a number", () => {
    expect(ZEnv.parse(valid)).toMatchObject({ ...valid, NODE_ENV: "development", PORT: 3000, HOSTNAME: "0.0.0.0" });
    expect(ZEnv.parse({ ...valid, DATABASE_URL: "postgres://h/db", PORT: "8080" })).toMatchObject({ PORT: 8080 });
    expect(messageFor({ ...valid, PORT: "70000" })).toMatch(/- PORT: /);
  });

  it("[ENV] S3 settings: none means local disk; a bucket with endpoint and keys parses; half a setup is explained", () => {
    const none = ZEnv.parse(valid);
    expect(none).toMatchObject({ S3_REGION: "us-east-1", S3_FORCE_PATH_STYLE: false });
    expect(none.S3_BUCKET).toBeUndefined();
    expect(ZEnv.parse({ ...valid, S3_BUCKET: "", S3_ENDPOINT: "" }).S3_BUCKET).toBeUndefined();
    const minio = {
      ...valid,
      S3_BUCKET: "hearth",
      S3_ENDPOINT: "http://minio:9000",
      S3_ACCESS_KEY_ID: "hearth",
      S3_SECRET_ACCESS_KEY: "secret-key",
      S3_FORCE_PATH_STYLE: "1",
    };
    expect(ZEnv.parse(minio)).toMatchObject({ S3_BUCKET: "hearth", S3_FORCE_PATH_STYLE: true, S3_REGION: "us-east-1" });
    expect(ZEnv.parse({ ...valid, S3_BUCKET: "hearth" }).S3_ACCESS_KEY_ID).toBeUndefined();

    expect(messageFor({ ...minio, S3_BUCKET: undefined })).toContain("S3_BUCKET: must be set when S3_ENDPOINT is");
    expect(messageFor({ ...minio, S3_SECRET_ACCESS_KEY: undefined })).toContain(
      "S3_SECRET_ACCESS_KEY: must be set together with the other S3 key",
    );
    expect(messageFor({ ...minio, S3_ENDPOINT: "minio:9000" })).toContain(
      "S3_ENDPOINT: must be an http:// or https:// URL",
    );
    expect(messageFor({ ...minio, S3_FORCE_PATH_STYLE: "yes" })).toContain('S3_FORCE_PATH_STYLE: must be "1"');
  });

  it("[ENV] env() reads process.env and throws the readable message when settings are missing", async () => {
    delete process.env.DATABASE_URL;
    delete process.env.AUTH_SECRET;
    vi.resetModules(); // a fresh module: env() caches its first successful parse
    const fresh = await import("@/lib/env");
    expect(() => fresh.env()).toThrow(/configuration is incomplete:[\s\S]*DATABASE_URL[\s\S]*AUTH_SECRET/);

    process.env.DATABASE_URL = inject("testDatabaseUrl");
    process.env.AUTH_SECRET = "b".repeat(40);
    expect(fresh.env()).toMatchObject({
      DATABASE_URL: inject("testDatabaseUrl"),
      AUTH_SECRET: "b".repeat(40),
      NODE_ENV: "test",
    });
  });
});
