import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { parseCookies, readSessionClaims } from "@/lib/auth/session-token";
import { hotQuery } from "@/lib/db/hot-query";
import { env } from "@/lib/env";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * The one way to read a session, for pages, server actions, routes, the hot routes and sockets alike:
 * the person a request's cookies sign in, or null. The JWT only names the user; the database decides: a
 * deactivated user or a bumped session version (sign out everywhere) ends the session, on every request.
 */
export async function actorFromCookies(get: (name: string) => string | undefined): Promise<Actor | null> {
  const claims = await readSessionClaims(get, env().AUTH_SECRET);
  if (!claims) return null;
  const [found] = await hotQuery<Actor>(Prisma.sql`
    select id, role::text as role, name, handle, title from "User"
    where id = ${claims.userId} and "deactivatedAt" is null and "sessionVersion" = ${claims.sessionVersion}`);
  return found ?? null;
}

/** The same from a raw Cookie header: the custom server's hot routes and every socket handshake read it here. */
export function actorFromCookieHeader(header: string | undefined): Promise<Actor | null> {
  const cookies = parseCookies(header);
  return actorFromCookies((name) => cookies.get(name));
}
