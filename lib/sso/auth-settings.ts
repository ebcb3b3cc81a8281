import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { oidcSettings } from "@/lib/sso/config";

export type SignInOptions = {
  passwordSignIn: boolean;
  /** The button's provider name, when OpenID Connect is configured. */
  sso: { name: string } | null;
};

/** How people may sign in right now: read by the sign-in page and by the password check itself. */
export async function signInOptions(): Promise<SignInOptions> {
  const oidc = oidcSettings();
  const settings = await db.authSettings.findUnique({ where: { id: 1 }, select: { passwordSignIn: true } });
  // Without SSO, password sign-in is the only door: a stored "off" is ignored rather than locking everyone out.
  return { passwordSignIn: !oidc || (settings?.passwordSignIn ?? true), sso: oidc ? { name: oidc.name } : null };
}

/** What the admin page shows: the switch, and whether SSO has proven itself (an admin signed in through it). */
export const findSignInSettings = defineUseCase({
  input: z.object({}),
  permission: "people.manage",
  run: async () => {
    const oidc = oidcSettings();
    const [settings, adminViaSso] = await Promise.all([
      db.authSettings.findUnique({ where: { id: 1 }, select: { passwordSignIn: true } }),
      oidc
        ? db.account.count({
            where: { provider: oidc.issuer, user: { role: "ADMIN", deactivatedAt: null } },
          })
        : Promise.resolve(0),
    ]);
    return {
      passwordSignIn: settings?.passwordSignIn ?? true,
      ssoName: oidc?.name ?? null,
      ssoIssuer: oidc?.issuer ?? null,
      ssoProven: adminViaSso > 0,
    };
  },
});

/**
 * Switches password sign-in on or off for everyone (audited). Off only once SSO works: it is configured and at least
 * one active admin has signed in through it, so switching passwords off cannot lock the organisation out.
 */
export const setPasswordSignIn = defineUseCase({
  input: z.object({
    enabled: z.preprocess((value) => value === true || value === "true" || value === "on", z.boolean()),
  }),
  permission: "people.manage",
  run: async ({ actor, input }) => {
    if (!input.enabled) {
      const oidc = oidcSettings();
      if (!oidc) {
        throw new AppError("CONFLICT", "Set up single sign-on (OIDC_ISSUER) before switching password sign-in off.");
      }
      const proven = await db.account.count({
        where: { provider: oidc.issuer, user: { role: "ADMIN", deactivatedAt: null } },
      });
      if (proven === 0) {
        throw new AppError(
          "CONFLICT",
          `An admin has to sign in with ${oidc.name} once before password sign-in can be switched off.`,
        );
      }
    }
    await db.$transaction([
      db.authSettings.upsert({
        where: { id: 1 },
        create: { id: 1, passwordSignIn: input.enabled },
        update: { passwordSignIn: input.enabled },
      }),
      db.auditEntry.create({
        data: {
          actorId: actor.id,
          action: input.enabled ? "signin.password_enabled" : "signin.password_disabled",
          targetType: "AuthSettings",
          targetId: "1",
        },
      }),
    ]);
    return { passwordSignIn: input.enabled };
  },
});
