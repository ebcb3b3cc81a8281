import "server-only";
import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { clientIp } from "@/lib/client-ip";
import { env } from "@/lib/env";

declare module "next-auth" {
  interface User {
    sessionVersion?: number;
  }
}

// Behind HTTPS (AUTH_URL https://…) every Auth.js cookie is `__Host-`: Secure, Path=/, no Domain, so no sibling
// subdomain can set or overwrite it. Read from process.env directly: this module loads at build time too.
const HOST_PREFIXED = process.env.AUTH_URL?.startsWith("https:") ?? false;
const hostCookie = (name: string) => ({
  name: `__Host-authjs.${name}`,
  options: { httpOnly: true, sameSite: "lax" as const, path: "/", secure: true },
});

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
  pages: { signIn: "/signin" },
  providers: [
    Credentials({
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      // Auth.js hands over the request (for the sign-in server action, one rebuilt from its headers).
      authorize: (credentials, request) =>
        verifyCredentials(credentials, { ip: clientIp(request.headers, { trustProxy: env().TRUST_PROXY }) }),
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
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
