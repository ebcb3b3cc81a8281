import "server-only";
import NextAuth from "next-auth";
import type { Provider } from "next-auth/providers";
import Credentials from "next-auth/providers/credentials";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { clientIp } from "@/lib/client-ip";
import { env } from "@/lib/env";
import { groupMapping, oidcSettings } from "@/lib/sso/config";
import { signInWithOidc, type OidcClaims, type OidcSignIn } from "@/lib/sso/oidc-sign-in";

declare module "next-auth" {
  interface User {
    sessionVersion?: number;
    /** Set by the OpenID Connect provider's profile(): the Hearth account the identity signed in, or why not. */
    oidc?: OidcSignIn;
  }
}

// Behind HTTPS (AUTH_URL https://…) every Auth.js cookie is `__Host-`: Secure, Path=/, no Domain, so no sibling
// subdomain can set or overwrite it. Read from process.env directly: this module loads at build time too.
const HOST_PREFIXED = process.env.AUTH_URL?.startsWith("https:") ?? false;
const hostCookie = (name: string) => ({
  name: `__Host-authjs.${name}`,
  options: { httpOnly: true, sameSite: "lax" as const, path: "/", secure: true },
});

/**
 * OpenID Connect for any standard provider (Keycloak, Entra ID, Okta, Google Workspace, Authentik), when configured.
 * Auth.js runs the code flow with PKCE, state and nonce, and checks the ID token's signature, issuer and audience;
 * profile() then finds or provisions the person (lib/sso/oidc-sign-in.ts) and the signIn callback refuses a
 * deactivated account.
 */
function oidcProvider(): Provider[] {
  const settings = oidcSettings();
  if (!settings) return [];
  return [
    {
      id: "oidc",
      name: settings.name,
      type: "oidc",
      issuer: settings.issuer,
      clientId: settings.clientId,
      clientSecret: settings.clientSecret,
      checks: ["pkce", "state", "nonce"],
      authorization: { params: { scope: settings.scopes } },
      async profile(claims: OidcClaims) {
        const outcome = await signInWithOidc({
          issuer: settings.issuer,
          claims,
          groupsClaim: settings.groupsClaim,
          mapping: groupMapping(),
        });
        return { id: typeof claims.sub === "string" ? claims.sub : "", oidc: outcome };
      },
    },
  ];
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...(HOST_PREFIXED && {
    useSecureCookies: true,
    cookies: {
      sessionToken: hostCookie("session-token"),
      callbackUrl: hostCookie("callback-url"),
      csrfToken: hostCookie("csrf-token"),
      pkceCodeVerifier: { ...hostCookie("pkce.code_verifier"), options: { ...hostCookie("").options, maxAge: 900 } },
      state: { ...hostCookie("state"), options: { ...hostCookie("").options, maxAge: 900 } },
      nonce: hostCookie("nonce"),
    },
  }),
  // Self-hosted behind whatever proxy the organisation runs; AUTH_URL pins the public URL when set.
  trustHost: true,
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/signin", error: "/signin" },
  providers: [
    Credentials({
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      // Auth.js hands over the request (for the sign-in server action, one rebuilt from its headers).
      authorize: (credentials, request) =>
        verifyCredentials(credentials, { ip: clientIp(request.headers, { trustProxy: env().TRUST_PROXY }) }),
    }),
    ...oidcProvider(),
  ],
  callbacks: {
    signIn({ user, account }) {
      if (account?.provider !== "oidc") return true;
      // Refused (deactivated, no email, email held by another identity): back to /signin with ?error=AccessDenied.
      return user.oidc?.ok === true;
    },
    jwt({ token, user }) {
      if (user?.oidc?.ok) {
        token.sub = user.oidc.userId;
        token.sv = user.oidc.sessionVersion;
      } else if (user) {
        token.sub = user.id;
        token.sv = user.sessionVersion ?? 0;
      }
      return token;
    },
    session({ session, token }) {
      // Only the id and version travel; everything else is read fresh from the database per request.
      return { ...session, user: { ...session.user, id: token.sub ?? "", sessionVersion: Number(token.sv ?? 0) } };
    },
  },
});
