import { encode } from "next-auth/jwt";
import { describe, expect, it, vi } from "vitest";
import { SESSION_COOKIE, readSessionClaims } from "@/lib/auth/session-token";

const secret = "session-token-test-secret-0123456789abcdef";
const COOKIE = SESSION_COOKIE;

async function token(
  claims: Record<string, unknown>,
  { salt = COOKIE, signingSecret = secret, maxAge }: { salt?: string; signingSecret?: string; maxAge?: number } = {},
) {
  return encode({ token: claims, secret: signingSecret, salt, ...(maxAge !== undefined && { maxAge }) });
}
const jar = (cookies: Record<string, string>) => (name: string) => cookies[name];

describe("readSessionClaims", () => {
  it("[AUTH] reads the user and session version from an Auth.js cookie, under either cookie name", async () => {
    const plain = await token({ sub: "user-1", sv: 3 });
    expect(await readSessionClaims(jar({ [COOKIE]: plain }), secret)).toMatchObject({
      userId: "user-1",
      sessionVersion: 3,
    });
    const secure = await token({ sub: "user-2" }, { salt: "__Secure-authjs.session-token" });
    expect(await readSessionClaims(jar({ "__Secure-authjs.session-token": secure }), secret)).toMatchObject({
      userId: "user-2",
      sessionVersion: 0,
    });
  });

  it("[AUTH] refuses no cookie, garbage, a foreign secret, a token made for the other cookie name, and one without a user", async () => {
    expect(await readSessionClaims(jar({}), secret)).toBeNull();
    expect(await readSessionClaims(jar({ [COOKIE]: "not-a-jwt" }), secret)).toBeNull();
    expect(
      await readSessionClaims(jar({ [COOKIE]: await token({ sub: "u" }, { signingSecret: "x".repeat(40) }) }), secret),
    ).toBeNull();
    expect(
      await readSessionClaims(
        jar({ [COOKIE]: await token({ sub: "u" }, { salt: "__Secure-authjs.session-token" }) }),
        secret,
      ),
    ).toBeNull();
    expect(await readSessionClaims(jar({ [COOKIE]: await token({ name: "no sub" }) }), secret)).toBeNull();
  });

  it("[AUTH] an expired token is refused, also once its claims were remembered", async () => {
    const expired = await token({ sub: "user-3" }, { maxAge: -60 });
    expect(await readSessionClaims(jar({ [COOKIE]: expired }), secret)).toBeNull();

    // The clock moves past the expiry instead of the test sleeping through it: no race with a busy machine.
    const shortLived = await token({ sub: "user-4" }, { maxAge: 60 });
    expect(await readSessionClaims(jar({ [COOKIE]: shortLived }), secret)).toMatchObject({ userId: "user-4" });
    vi.useFakeTimers({ now: Date.now() + 61_000, toFake: ["Date"] });
    try {
      expect(await readSessionClaims(jar({ [COOKIE]: shortLived }), secret)).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it("[AUTH] remembered claims are served without decrypting again, and only for the exact token", async () => {
    const value = await token({ sub: "user-5", sv: 1 });
    const first = await readSessionClaims(jar({ [COOKIE]: value }), secret);
    expect(await readSessionClaims(jar({ [COOKIE]: value }), secret)).toBe(first);
    // One character off is a different (invalid) token, never the remembered one.
    const tampered = value.slice(0, -2) + (value.at(-2) === "A" ? "B" : "A") + value.at(-1);
    expect(await readSessionClaims(jar({ [COOKIE]: tampered }), secret)).toBeNull();
  });

  it("[AUTH] reassembles a token split into chunks", async () => {
    const value = await token({ sub: "user-6" });
    const cut = Math.floor(value.length / 2);
    expect(
      await readSessionClaims(jar({ [`${COOKIE}.0`]: value.slice(0, cut), [`${COOKIE}.1`]: value.slice(cut) }), secret),
    ).toMatchObject({ userId: "user-6" });
  });
});
