import "server-only";
import { CredentialsSignin } from "next-auth";
import { z } from "zod";
import { db } from "@/lib/db";
import { dummyPasswordHash, verifyPassword } from "@/lib/auth/password";
import { isRateLimited, rateLimit } from "@/lib/rate-limit";

const MAX_FAILURES = 10;

export const ZCredentials = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(200),
});

export type SignedInUser = { id: string; name: string; email: string; sessionVersion: number };

/** Returns the user for a correct email and password, null otherwise (never saying which part was wrong). */
export async function verifyCredentials(raw: unknown): Promise<SignedInUser | null> {
  const parsed = ZCredentials.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  // Slows guessing one account, whichever way the credentials arrive (form or Auth.js endpoint):
  // after 10 wrong passwords in 5 minutes the account takes no attempts until the window ends.
  const limitKey = `signin-failures:${email}`;
  if (!isRateLimited(limitKey, MAX_FAILURES).ok) throw new SignInRateLimited();
  const fail = () => {
    rateLimit(limitKey, { limit: MAX_FAILURES, windowMs: 5 * 60_000 });
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
  return { id: user.id, name: user.name, email: user.email, sessionVersion: user.sessionVersion };
}

export class SignInRateLimited extends CredentialsSignin {
  code = "rate_limited";
}
