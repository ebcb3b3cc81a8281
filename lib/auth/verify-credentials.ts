import "server-only";
import { CredentialsSignin } from "next-auth";
import { z } from "zod";
import { db } from "@/lib/db";
import { dummyPasswordHash, verifyPassword } from "@/lib/auth/password";
import { UNKNOWN_CLIENT_IP } from "@/lib/client-ip";
import { isRateLimited, rateLimit } from "@/lib/rate-limit";
import { signInOptions } from "@/lib/sso/auth-settings";

// Wrong passwords are counted three ways over the same 5-minute window (successes never count):
// - per email and address: someone guessing one account from one place is stopped after 10;
// - per address: one place guessing many accounts is stopped after 50;
// - per email, from anywhere: a last resort against a guess spread over many addresses. It refuses only
//   addresses the account has not signed in from lately, so nobody can lock a person out of their own desk.
// Without a known address (see lib/client-ip.ts) every client shares one, so the per-address limit is skipped
// and the per-email-and-address one becomes per email.
const WINDOW_MS = 5 * 60_000;
const PAIR_FAILURES = 10;
const ADDRESS_FAILURES = 50;
const ACCOUNT_FAILURES = 200;
const KNOWN_ADDRESS_MS = 30 * 24 * 60 * 60_000; // kept where every limit is (Redis when configured)

export const ZCredentials = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(200),
});

export type SignedInUser = { id: string; name: string; email: string; sessionVersion: number };

/**
 * Returns the user for a correct email and password, null otherwise (never saying which part was wrong).
 * `ip` is the client's address as lib/client-ip.ts finds it; the limits above are kept per address.
 */
export async function verifyCredentials(
  raw: unknown,
  { ip = UNKNOWN_CLIENT_IP }: { ip?: string } = {},
): Promise<SignedInUser | null> {
  const parsed = ZCredentials.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  // An admin switched passwords off once single sign-on worked (lib/sso/auth-settings.ts).
  if (!(await signInOptions()).passwordSignIn) throw new SignInRateLimited("password_disabled");
  const addressKnown = ip !== UNKNOWN_CLIENT_IP;
  const keys = {
    pair: `signin-failures:${email}:${ip}`,
    address: `signin-failures-ip:${ip}`,
    account: `signin-failures:${email}`,
    knownAddress: `signin-known:${email}:${ip}`,
  };
  if (addressKnown && !(await isRateLimited(keys.address, ADDRESS_FAILURES)).ok)
    throw new SignInRateLimited("ip_rate_limited");
  if (!(await isRateLimited(keys.pair, PAIR_FAILURES)).ok) throw new SignInRateLimited("rate_limited");
  // Checked with limit 1: the key exists (count 1) while the address signed in within KNOWN_ADDRESS_MS.
  const knownAddress = addressKnown && !(await isRateLimited(keys.knownAddress, 1)).ok;
  if (!knownAddress && !(await isRateLimited(keys.account, ACCOUNT_FAILURES)).ok) {
    throw new SignInRateLimited("account_rate_limited");
  }
  const fail = async () => {
    await Promise.all([
      rateLimit(keys.pair, { limit: PAIR_FAILURES, windowMs: WINDOW_MS }),
      rateLimit(keys.account, { limit: ACCOUNT_FAILURES, windowMs: WINDOW_MS }),
      addressKnown && rateLimit(keys.address, { limit: ADDRESS_FAILURES, windowMs: WINDOW_MS }),
    ]);
    return null;
  };

  const user = await db.user.findFirst({
    where: { email, deactivatedAt: null },
    select: { id: true, name: true, email: true, sessionVersion: true, passwordHash: true },
  });
  if (!user?.passwordHash) {
    await verifyPassword(await dummyPasswordHash(), password);
    return fail();
  }
  if (!(await verifyPassword(user.passwordHash, password))) return fail();
  if (addressKnown && !knownAddress) await rateLimit(keys.knownAddress, { limit: 1, windowMs: KNOWN_ADDRESS_MS });
  return { id: user.id, name: user.name, email: user.email, sessionVersion: user.sessionVersion };
}

/** Which limit refused the attempt travels as the code; app/signin/actions.ts turns it into a sentence. */
export type SignInLimit = "rate_limited" | "ip_rate_limited" | "account_rate_limited" | "password_disabled";

export class SignInRateLimited extends CredentialsSignin {
  constructor(limit: SignInLimit) {
    super();
    this.code = limit;
  }
}
