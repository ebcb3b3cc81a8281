import path from "node:path";
import { z } from "zod";

// Every setting Hearth reads, parsed once with readable errors. `npm start` fills DATABASE_URL and
// AUTH_SECRET for the embedded default before anything reads them.
export const ZEnv = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: "must be a postgresql:// URL" }),
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters (generate one with: openssl rand -base64 33)"),
  AUTH_URL: z.url().optional(),
  // The key under which who asked a question is hashed (lib/privacy/asker-key.ts); never stored in the database.
  // Unset: <HEARTH_DATA_DIR>/anon-secret, created on first start. Several app servers must share one value.
  HEARTH_ANON_SECRET: z.string().min(32, "must be at least 32 characters (openssl rand -base64 33)").optional(),
  REDIS_URL: z.url().optional(),
  // "1" when a proxy in front sets X-Forwarded-For: sign-in limits then count its first hop (lib/client-ip.ts).
  TRUST_PROXY: z
    .enum(["0", "1"], { error: 'must be "1" (behind a proxy that sets X-Forwarded-For) or "0"' })
    .default("0")
    .transform((value) => value === "1"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOSTNAME: z.string().default("0.0.0.0"),
  HEARTH_DATA_DIR: z.string().default(path.join(process.cwd(), ".data")),
  // Read by lib/db/client.ts (scripts build clients before env() is complete); validated here for a clear message.
  DATABASE_POOL_WAIT_MS: z.coerce.number().int().min(100).max(600_000).optional(),
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
  if (!parsed.success) throw new Error(formatEnvError(parsed.error));
  cached = parsed.data;
  return cached;
}
