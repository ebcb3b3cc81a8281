import path from "node:path";
import { z } from "zod";
import { ZSsoEnv } from "@/lib/sso/config";

function unsetIfEmpty<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (value === "" ? undefined : value), schema);
}

// Every setting Hearth reads, parsed once with readable errors. `npm start` fills DATABASE_URL and
// AUTH_SECRET for the embedded default before anything reads them.
const ZEnvFields = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: "must be a postgresql:// URL" }),
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters (generate one with: openssl rand -base64 33)"),
  AUTH_URL: z.url().optional(),
  // Several servers: socket.io rooms and rate limits shared through Redis (docs/operations.md, "Several servers").
  REDIS_URL: z.url({ protocol: /^rediss?$/, error: "must be a redis:// or rediss:// URL" }).optional(),
  // Every Redis key and stream Hearth makes starts with this, so several installations (or test runs) can share one.
  REDIS_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9:_-]{1,64}$/, "may hold letters, digits, ':', '_' and '-' (at most 64)")
    .default("hearth:"),
  // "off" when a proxy in front already compresses responses.
  HEARTH_COMPRESSION: z
    .enum(["on", "off"], { error: 'must be "on" or "off"' })
    .default("on")
    .transform((value) => value === "on"),
  // How long a SIGTERM waits for requests in flight before closing their connections.
  HEARTH_SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).max(600_000).default(20_000),
  // The key under which who asked a question is hashed (lib/privacy/asker-key.ts); never stored in the database.
  // Unset: <HEARTH_DATA_DIR>/anon-secret, created on first start. Several app servers must share one value.
  HEARTH_ANON_SECRET: z.string().min(32, "must be at least 32 characters (openssl rand -base64 33)").optional(),
  // "1" when a proxy in front sets X-Forwarded-For: sign-in limits then count its first hop (lib/client-ip.ts).
  TRUST_PROXY: z
    .enum(["0", "1"], { error: 'must be "1" (behind a proxy that sets X-Forwarded-For) or "0"' })
    .default("0")
    .transform((value) => value === "1"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOSTNAME: z.string().default("0.0.0.0"),
  HEARTH_DATA_DIR: z.string().default(path.join(process.cwd(), ".data")),
  // E-mail (lib/mail): without SMTP_URL every mail is kept in the outbox for admins to read at /admin/outbox.
  SMTP_URL: z.url({ protocol: /^smtps?$/, error: "must be an smtp:// or smtps:// URL" }).optional(),
  MAIL_FROM: z.string().min(3).default("Hearth <hearth@localhost>"),
  // The address people open Hearth at, for links in e-mails; else AUTH_URL, else http://localhost:PORT.
  APP_URL: z.url({ protocol: /^https?$/, error: "must be an http(s):// URL" }).optional(),
  // Read by lib/db/client.ts (scripts build clients before env() is complete); validated here for a clear message.
  DATABASE_POOL_WAIT_MS: z.coerce.number().int().min(100).max(600_000).optional(),
  // Uploads on S3-compatible storage (AWS S3, MinIO, R2, …) when S3_BUCKET is set; local disk otherwise.
  // (An empty value counts as unset, as `S3_BUCKET=` in a compose file or .env means.)
  S3_BUCKET: unsetIfEmpty(z.string().trim().min(3, "must be a bucket name").optional()),
  S3_ENDPOINT: unsetIfEmpty(z.url({ protocol: /^https?$/, error: "must be an http:// or https:// URL" }).optional()),
  S3_REGION: unsetIfEmpty(z.string().trim().min(1).default("us-east-1")),
  S3_ACCESS_KEY_ID: unsetIfEmpty(z.string().min(1).optional()),
  S3_SECRET_ACCESS_KEY: unsetIfEmpty(z.string().min(1).optional()),
  // "1" for MinIO and most self-hosted servers (bucket in the path, not in the host name).
  S3_FORCE_PATH_STYLE: z
    .enum(["0", "1"], { error: 'must be "1" (bucket in the path, as MinIO wants) or "0"' })
    .default("0")
    .transform((value) => value === "1"),
});

export const ZEnv = ZEnvFields.superRefine((settings, context) => {
  // An endpoint or keys without a bucket is a half-done S3 setup: say so rather than quietly use local disk.
  for (const name of ["S3_ENDPOINT", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"] as const)
    if (settings[name] && !settings.S3_BUCKET)
      context.addIssue({ code: "custom", path: ["S3_BUCKET"], message: `must be set when ${name} is` });
  // Keys in pairs or not at all (then the SDK's own chain: instance role, AWS_PROFILE, …).
  if (Boolean(settings.S3_ACCESS_KEY_ID) !== Boolean(settings.S3_SECRET_ACCESS_KEY))
    context.addIssue({
      code: "custom",
      path: [settings.S3_ACCESS_KEY_ID ? "S3_SECRET_ACCESS_KEY" : "S3_ACCESS_KEY_ID"],
      message: "must be set together with the other S3 key (or leave both out to use the SDK's credential chain)",
    });
});

export type TEnv = z.infer<typeof ZEnv>;

let cached: TEnv | undefined;

export function formatEnvError(error: z.ZodError): string {
  const lines = error.issues.map((issue) => `  - ${issue.path.join(".")}: ${issue.message}`);
  return `Hearth's configuration is incomplete:\n${lines.join("\n")}\nSee README.md, section Configuration.`;
}

export function env(): TEnv {
  if (cached) return cached;
  const parsed = ZEnv.safeParse(process.env);
  // Single sign-on settings have their own reader (lib/sso/config.ts); a wrong one is reported here with the rest.
  const sso = ZSsoEnv.safeParse(process.env);
  if (!parsed.success || !sso.success) {
    throw new Error(formatEnvError(new z.ZodError([...(parsed.error?.issues ?? []), ...(sso.error?.issues ?? [])])));
  }
  cached = parsed.data;
  return cached;
}
