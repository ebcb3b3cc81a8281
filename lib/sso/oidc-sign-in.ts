import "server-only";
import { db } from "@/lib/db";
import { rooms } from "@/lib/realtime/events";
import { setUserInRoom } from "@/lib/realtime/publish";
import type { GroupMapping } from "@/lib/sso/config";
import { cleanEmail, cleanText, departmentIdFor, freeHandle, syncGroups } from "@/lib/sso/directory";
import { groupsFromClaim } from "@/lib/sso/group-mapping";

export type OidcClaims = Record<string, unknown> & { sub?: unknown };

export type OidcSignIn =
  | { ok: true; userId: string; sessionVersion: number; created: boolean }
  | { ok: false; reason: "deactivated" | "no_subject" | "no_email" | "email_in_use" };

/** The profile fields an ID token carries, cleaned; empty strings for what the provider did not send. */
export function profileFromClaims(claims: OidcClaims) {
  const given = cleanText(claims.given_name, 60);
  const family = cleanText(claims.family_name, 60);
  const email = cleanEmail(claims.email);
  const name =
    cleanText(claims.name, 100) ||
    cleanText(`${given} ${family}`, 100) ||
    cleanText(claims.preferred_username, 100) ||
    (email?.split("@")[0] ?? "");
  const picture = typeof claims.picture === "string" && /^https?:\/\//.test(claims.picture) ? claims.picture : null;
  const locale = typeof claims.locale === "string" && /^[a-z]{2,3}([-_][A-Za-z0-9]{2,8})*$/.test(claims.locale);
  return {
    email,
    emailVerified: claims.email_verified !== false && claims.email_verified !== "false",
    name,
    avatarUrl: picture ? picture.slice(0, 500) : null,
    title: cleanText(claims.title ?? claims.job_title ?? claims.jobTitle, 100),
    department: cleanText(claims.department, 80),
    locale: locale ? (claims.locale as string).replace("_", "-").slice(0, 20) : "",
  };
}

/**
 * Signs a person in from a provider's validated ID-token claims (Auth.js has checked signature, issuer, audience,
 * nonce, state and PKCE by then). A returning person is found by issuer + subject, never by email: a changed email
 * at the provider updates the account, and an email that now names someone else is not a way into their account.
 * A first sign-in links an existing Hearth account with the same, verified email (seeded, imported or provisioned
 * by SCIM) when that account has no identity at this issuer yet; otherwise it creates the account just in time.
 */
export async function signInWithOidc(input: {
  issuer: string;
  claims: OidcClaims;
  groupsClaim: string;
  mapping: GroupMapping;
}): Promise<OidcSignIn> {
  const subject = typeof input.claims.sub === "string" ? input.claims.sub : "";
  if (!subject) return { ok: false, reason: "no_subject" };
  const profile = profileFromClaims(input.claims);
  const groups = groupsFromClaim(input.claims[input.groupsClaim]);

  const outcome = await db.$transaction(async (tx) => {
    const identity = await tx.account.findUnique({
      where: { provider_providerAccountId: { provider: input.issuer, providerAccountId: subject } },
      select: { user: { select: { id: true, email: true, deactivatedAt: true } } },
    });
    let user = identity?.user ?? null;
    let created = false;
    if (!user) {
      if (!profile.email) return { ok: false as const, reason: "no_email" as const };
      const sameEmail = await tx.user.findUnique({
        where: { email: profile.email },
        select: { id: true, email: true, deactivatedAt: true, accounts: { where: { provider: input.issuer } } },
      });
      if (sameEmail) {
        if (!profile.emailVerified || sameEmail.accounts.length > 0) {
          return { ok: false as const, reason: "email_in_use" as const };
        }
        user = sameEmail;
      } else {
        user = await tx.user.create({
          data: {
            email: profile.email,
            handle: await freeHandle(tx, profile.name, profile.email),
            name: profile.name || profile.email,
          },
          select: { id: true, email: true, deactivatedAt: true },
        });
        created = true;
        await tx.auditEntry.create({
          data: { action: "people.provisioned", targetType: "User", targetId: user.id, data: { via: "oidc" } },
        });
      }
      await tx.account.create({
        data: { userId: user.id, type: "oidc", provider: input.issuer, providerAccountId: subject },
      });
    }
    if (user.deactivatedAt) return { ok: false as const, reason: "deactivated" as const };

    // Profile fields the provider sends overwrite Hearth's; fields it leaves out stay as they were.
    const emailFree =
      profile.email && profile.email !== user.email
        ? !(await tx.user.findUnique({ where: { email: profile.email }, select: { id: true } }))
        : false;
    const departmentId = profile.department ? await departmentIdFor(tx, profile.department) : undefined;
    const updated = await tx.user.update({
      where: { id: user.id },
      data: {
        ...(profile.name && { name: profile.name }),
        ...(emailFree && profile.email && { email: profile.email }),
        ...(profile.avatarUrl && { avatarUrl: profile.avatarUrl }),
        ...(profile.title && { title: profile.title }),
        ...(profile.locale && { locale: profile.locale }),
        ...(departmentId && { departmentId }),
      },
      select: { id: true, sessionVersion: true },
    });
    const sync = await syncGroups(tx, user.id, groups, input.mapping);
    if (sync.role) {
      await tx.auditEntry.create({
        data: {
          action: "people.role_changed",
          targetType: "User",
          targetId: user.id,
          data: { from: sync.role.from, to: sync.role.to, via: "oidc" },
        },
      });
    }
    return { ok: true as const, userId: updated.id, sessionVersion: updated.sessionVersion, created, sync };
  });
  if (!outcome.ok) return outcome;
  for (const id of outcome.sync.joined) setUserInRoom(outcome.userId, rooms.community(id), true);
  for (const id of outcome.sync.left) setUserInRoom(outcome.userId, rooms.community(id), false);
  return { ok: true, userId: outcome.userId, sessionVersion: outcome.sessionVersion, created: outcome.created };
}
