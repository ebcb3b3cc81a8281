import { z } from "zod";

// Single sign-on and provisioning settings, read from the environment. Kept apart from lib/env.ts's env() so the
// Auth.js configuration (built when its module loads, also during `next build`) can read them without a database
// URL; lib/env.ts parses the same shape for the one readable error at start-up.

const list = z
  .string()
  .optional()
  .transform((value) =>
    (value ?? "")
      .split(",")
      .map((item) => item.trim())
      .filter(Boolean),
  );

export const ZSsoEnv = z
  .object({
    OIDC_ISSUER: z
      .url({ error: "must be the provider's issuer URL, e.g. https://id.example.com/realms/acme" })
      .optional(),
    OIDC_CLIENT_ID: z.string().min(1).optional(),
    OIDC_CLIENT_SECRET: z.string().min(1).optional(),
    OIDC_NAME: z.string().trim().min(1).max(40).default("single sign-on"),
    OIDC_SCOPES: z.string().trim().default("openid email profile"),
    // The ID-token claim that lists the person's groups (Keycloak and Okta: "groups"; Entra ID: "groups" or "roles").
    OIDC_GROUPS_CLAIM: z.string().trim().min(1).default("groups"),
    // Groups whose members are admins / leaders. When both are empty, the provider does not manage roles.
    SSO_ADMIN_GROUPS: list,
    SSO_LEADER_GROUPS: list,
    // "Group name=community-slug" pairs separated by commas: members of the group are members of the community.
    SSO_COMMUNITY_GROUPS: list,
  })
  .refine((value) => !value.OIDC_ISSUER || (value.OIDC_CLIENT_ID && value.OIDC_CLIENT_SECRET), {
    error: "OIDC_CLIENT_ID and OIDC_CLIENT_SECRET are required with OIDC_ISSUER",
    path: ["OIDC_CLIENT_ID"],
  });

export type SsoEnv = z.infer<typeof ZSsoEnv>;

export type OidcSettings = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  name: string;
  scopes: string;
  groupsClaim: string;
};

export type GroupMapping = {
  adminGroups: string[];
  leaderGroups: string[];
  /** group name → community slugs */
  communities: Map<string, string[]>;
};

export function groupMappingOf(settings: SsoEnv): GroupMapping {
  const communities = new Map<string, string[]>();
  for (const pair of settings.SSO_COMMUNITY_GROUPS) {
    const at = pair.lastIndexOf("=");
    if (at <= 0) continue;
    const group = pair.slice(0, at).trim();
    const slug = pair.slice(at + 1).trim();
    if (group && slug) communities.set(group, [...(communities.get(group) ?? []), slug]);
  }
  return { adminGroups: settings.SSO_ADMIN_GROUPS, leaderGroups: settings.SSO_LEADER_GROUPS, communities };
}

export function ssoEnv(source: Record<string, string | undefined> = process.env): SsoEnv {
  const parsed = ZSsoEnv.safeParse(source);
  // lib/env.ts reports a bad value at start-up; here a bad configuration simply means "no SSO".
  return parsed.success ? parsed.data : ZSsoEnv.parse({});
}

/** The OpenID Connect provider, when OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET are all set. */
export function oidcSettings(source: Record<string, string | undefined> = process.env): OidcSettings | null {
  const settings = ssoEnv(source);
  if (!settings.OIDC_ISSUER || !settings.OIDC_CLIENT_ID || !settings.OIDC_CLIENT_SECRET) return null;
  return {
    issuer: settings.OIDC_ISSUER,
    clientId: settings.OIDC_CLIENT_ID,
    clientSecret: settings.OIDC_CLIENT_SECRET,
    name: settings.OIDC_NAME,
    scopes: settings.OIDC_SCOPES,
    groupsClaim: settings.OIDC_GROUPS_CLAIM,
  };
}

export function groupMapping(source: Record<string, string | undefined> = process.env): GroupMapping {
  return groupMappingOf(ssoEnv(source));
}
