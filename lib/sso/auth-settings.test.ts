import { afterEach, describe, expect, it } from "vitest";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { db } from "@/lib/db";
import { ZSsoEnv } from "@/lib/sso/config";
import { findSignInSettings, setPasswordSignIn, signInOptions } from "@/lib/sso/auth-settings";
import { signInWithOidc } from "@/lib/sso/oidc-sign-in";
import { groupMappingOf } from "@/lib/sso/config";
import { createUser, randomKey, TEST_PASSWORD } from "@/lib/test/factories";

const OIDC = {
  OIDC_ISSUER: `https://id-${randomKey()}.example/realms/acme`,
  OIDC_CLIENT_ID: "hearth",
  OIDC_CLIENT_SECRET: "secret",
  OIDC_NAME: "Acme ID",
};

describe("password sign-in switch", () => {
  afterEach(async () => {
    for (const key of Object.keys(OIDC)) delete process.env[key];
    await db.authSettings.deleteMany({});
  });

  it("[AUTH] can be switched off only once an admin signed in with SSO; then passwords are refused (audited)", async () => {
    const { actor: admin, user } = await createUser({ role: "ADMIN" });
    const { actor: employee } = await createUser();
    await expect(setPasswordSignIn(admin, { enabled: "false" })).rejects.toMatchObject({ status: 409 });
    Object.assign(process.env, OIDC);
    expect(await signInOptions()).toEqual({ passwordSignIn: true, sso: { name: "Acme ID" } });
    await expect(setPasswordSignIn(admin, { enabled: "false" })).rejects.toMatchObject({
      status: 409,
      message: expect.stringMatching(/sign in with Acme ID once/),
    });
    await expect(setPasswordSignIn(employee, { enabled: "false" })).rejects.toMatchObject({ status: 403 });

    const signedIn = await signInWithOidc({
      issuer: OIDC.OIDC_ISSUER,
      groupsClaim: "groups",
      mapping: groupMappingOf(ZSsoEnv.parse({})),
      claims: { sub: `admin-${randomKey()}`, email: user.email, email_verified: true },
    });
    expect(signedIn).toMatchObject({ ok: true, userId: admin.id });
    expect((await findSignInSettings(admin, {})).ssoProven).toBe(true);
    expect(await setPasswordSignIn(admin, { enabled: "false" })).toEqual({ passwordSignIn: false });
    expect(await signInOptions()).toEqual({ passwordSignIn: false, sso: { name: "Acme ID" } });
    await expect(verifyCredentials({ email: user.email, password: TEST_PASSWORD })).rejects.toMatchObject({
      code: "password_disabled",
    });
    expect(await db.auditEntry.count({ where: { actorId: admin.id, action: "signin.password_disabled" } })).toBe(1);

    // Without SSO configured any more, a stored "off" never locks everyone out.
    for (const key of Object.keys(OIDC)) delete process.env[key];
    expect((await signInOptions()).passwordSignIn).toBe(true);
    expect(await verifyCredentials({ email: user.email, password: TEST_PASSWORD })).toMatchObject({ id: admin.id });
  });

  it("a half-configured provider is reported by name", () => {
    const parsed = ZSsoEnv.safeParse({ OIDC_ISSUER: "https://id.example" });
    expect(parsed.success).toBe(false);
    expect(JSON.stringify(parsed.error?.issues)).toContain("OIDC_CLIENT_ID");
    expect(ZSsoEnv.safeParse({ OIDC_ISSUER: "not a url" }).success).toBe(false);
  });
});
