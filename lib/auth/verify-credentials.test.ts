import { CredentialsSignin } from "next-auth";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { SignInRateLimited, verifyCredentials } from "@/lib/auth/verify-credentials";
import { createUser, randomKey, TEST_PASSWORD } from "@/lib/test/factories";

describe("verifyCredentials", () => {
  it("[AUTH] the right email and password return the user, without the password hash", async () => {
    const { user } = await createUser();
    const signedIn = await verifyCredentials({ email: user.email, password: TEST_PASSWORD });
    expect(signedIn).toEqual({ id: user.id, name: user.name, email: user.email, sessionVersion: 0 });
    expect(signedIn).not.toHaveProperty("passwordHash");
  });

  it("[AUTH] the email is matched case-insensitively and trimmed", async () => {
    const { user } = await createUser();
    const signedIn = await verifyCredentials({ email: `  ${user.email.toUpperCase()} `, password: TEST_PASSWORD });
    expect(signedIn?.id).toBe(user.id);
  });

  it("[AUTH] a wrong password, an unknown email or a deactivated user give null", async () => {
    const { user } = await createUser();
    const { user: gone } = await createUser({ deactivatedAt: new Date() });
    expect(await verifyCredentials({ email: user.email, password: `${TEST_PASSWORD}x` })).toBeNull();
    expect(await verifyCredentials({ email: user.email, password: TEST_PASSWORD.toUpperCase() })).toBeNull();
    expect(
      await verifyCredentials({ email: `nobody-${randomKey()}@test.example`, password: TEST_PASSWORD }),
    ).toBeNull();
    expect(await verifyCredentials({ email: gone.email, password: TEST_PASSWORD })).toBeNull();
  });

  it("[AUTH] a user without a password (SSO only) cannot sign in with any password", async () => {
    const { user } = await createUser({ passwordHash: null });
    expect(await verifyCredentials({ email: user.email, password: TEST_PASSWORD })).toBeNull();
    expect(await verifyCredentials({ email: user.email, password: "" })).toBeNull();
  });

  it("[AUTH] malformed credentials give null", async () => {
    const { user } = await createUser();
    expect(await verifyCredentials(null)).toBeNull();
    expect(await verifyCredentials({ email: "not-an-email", password: TEST_PASSWORD })).toBeNull();
    expect(await verifyCredentials({ email: user.email })).toBeNull();
    expect(await verifyCredentials({ email: user.email, password: "" })).toBeNull();
    expect(await verifyCredentials({ email: [user.email], password: TEST_PASSWORD })).toBeNull();
  });

  it("[AUTH] a bumped session version is returned so new sessions carry it", async () => {
    const { user } = await createUser();
    await db.user.update({ where: { id: user.id }, data: { sessionVersion: 3 } });
    expect(await verifyCredentials({ email: user.email, password: TEST_PASSWORD })).toMatchObject({
      sessionVersion: 3,
    });
  });

  const wrong = (email: string, ip: string) => verifyCredentials({ email, password: "wrong-password" }, { ip });
  const refusal = (promise: Promise<unknown>) =>
    promise.then(
      () => null,
      (error: unknown) => error,
    );
  const nextIp = () => `203.0.113.${randomKey()}`; // a fresh address per call: limits live for the whole file

  it("[AUTH] after 10 wrong passwords for one email from one address, that address is refused, even with the right password", async () => {
    const { user } = await createUser();
    const { user: bystander } = await createUser();
    const ip = nextIp();
    for (let attempt = 1; attempt <= 10; attempt++) {
      // Spelled differently each time: the limit counts the normalised email.
      const email = attempt % 2 ? user.email.toUpperCase() : ` ${user.email}`;
      expect(await wrong(email, ip)).toBeNull();
    }
    const error = await refusal(verifyCredentials({ email: user.email, password: TEST_PASSWORD }, { ip }));
    expect(error).toBeInstanceOf(SignInRateLimited);
    expect(error).toBeInstanceOf(CredentialsSignin); // so Auth.js reports it as a sign-in failure with a code
    expect(error).toMatchObject({ code: "rate_limited" });

    // Other accounts from the same address are not affected.
    expect((await verifyCredentials({ email: bystander.email, password: TEST_PASSWORD }, { ip }))?.id).toBe(
      bystander.id,
    );
  });

  it("[AUTH] wrong passwords from a stranger's address do not lock the person out from their own", async () => {
    const { user } = await createUser();
    const attacker = nextIp();
    for (let attempt = 1; attempt <= 12; attempt++) await refusal(wrong(user.email, attacker));
    expect(await refusal(wrong(user.email, attacker))).toMatchObject({ code: "rate_limited" });
    expect((await verifyCredentials({ email: user.email, password: TEST_PASSWORD }, { ip: nextIp() }))?.id).toBe(
      user.id,
    );
  });

  it("[AUTH] after 50 wrong passwords from one address across accounts, that address is refused for every account", async () => {
    const ip = nextIp();
    for (let attempt = 1; attempt <= 50; attempt++) {
      expect(await wrong(`nobody-${randomKey()}@test.example`, ip)).toBeNull();
    }
    const { user } = await createUser();
    const error = await refusal(verifyCredentials({ email: user.email, password: TEST_PASSWORD }, { ip }));
    expect(error).toBeInstanceOf(SignInRateLimited);
    expect(error).toMatchObject({ code: "ip_rate_limited" });
    // Another address is not affected.
    expect((await verifyCredentials({ email: user.email, password: TEST_PASSWORD }, { ip: nextIp() }))?.id).toBe(
      user.id,
    );
  });

  it("[AUTH] an account attacked from many addresses refuses new addresses but not one it signed in from before", async () => {
    const { user } = await createUser();
    const home = nextIp();
    expect((await verifyCredentials({ email: user.email, password: TEST_PASSWORD }, { ip: home }))?.id).toBe(user.id);
    // 200 failures from 25 addresses, 8 each: no single address or pair reaches its own limit.
    for (let address = 0; address < 25; address++) {
      const ip = nextIp();
      for (let attempt = 1; attempt <= 8; attempt++) expect(await wrong(user.email, ip)).toBeNull();
    }
    const stranger = await refusal(verifyCredentials({ email: user.email, password: TEST_PASSWORD }, { ip: nextIp() }));
    expect(stranger).toMatchObject({ code: "account_rate_limited" });
    expect((await verifyCredentials({ email: user.email, password: TEST_PASSWORD }, { ip: home }))?.id).toBe(user.id);
  });

  it("[AUTH] successful sign-ins never count toward the limit", async () => {
    const { user } = await createUser();
    for (let attempt = 1; attempt <= 15; attempt++) {
      expect((await verifyCredentials({ email: user.email, password: TEST_PASSWORD }))?.id).toBe(user.id);
    }
  });
});
