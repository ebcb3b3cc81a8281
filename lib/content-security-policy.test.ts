import { describe, expect, it } from "vitest";
import { contentSecurityPolicy } from "@/lib/content-security-policy";

describe("content security policy", () => {
  it("[SECURITY] scripts need the nonce (no unsafe-inline, no eval in production); sockets to this host are allowed; no framing", () => {
    const policy = contentSecurityPolicy({ nonce: "abc123", host: "hearth.example:3000", dev: false });
    const directive = (name: string) => policy.split("; ").find((part) => part.startsWith(`${name} `));
    expect(directive("script-src")).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(directive("connect-src")).toBe("connect-src 'self' ws://hearth.example:3000 wss://hearth.example:3000");
    expect(directive("frame-ancestors")).toBe("frame-ancestors 'none'");
    expect(directive("object-src")).toBe("object-src 'none'");
    expect(contentSecurityPolicy({ nonce: "n", host: null, dev: true })).toContain("'unsafe-eval'");
  });
});
