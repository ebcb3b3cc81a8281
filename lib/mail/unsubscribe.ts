import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { readUnsubscribeToken } from "@/lib/mail/unsubscribe-token";
import { DEFAULT_PREFS } from "@/lib/notifications/preferences";

/**
 * One-click unsubscribe (RFC 8058), without signing in: the signed token is the permission. "digest" ends the
 * activity summary; "email" turns off every e-mail category (in-app notifications stay). Idempotent.
 */
export async function unsubscribe(token: string): Promise<{ scope: "digest" | "email" }> {
  const claims = readUnsubscribeToken(token);
  if (!claims)
    throw new AppError("NOT_FOUND", "This unsubscribe link is not valid. Change your e-mails in Settings instead.");
  const change = claims.scope === "digest" ? { digest: "NEVER" as const } : { email: [] };
  const user = await db.user.findUnique({ where: { id: claims.userId }, select: { id: true } });
  if (!user)
    throw new AppError("NOT_FOUND", "This unsubscribe link is not valid. Change your e-mails in Settings instead.");
  await db.notificationSettings.upsert({
    where: { userId: user.id },
    create: {
      userId: user.id,
      inApp: DEFAULT_PREFS.inApp,
      email: DEFAULT_PREFS.email,
      digest: DEFAULT_PREFS.digest,
      ...change,
    },
    update: change,
  });
  return { scope: claims.scope };
}
