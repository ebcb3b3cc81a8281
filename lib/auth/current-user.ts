import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { readSessionClaims } from "@/lib/auth/session-token";
import type { Actor } from "@/lib/auth/permissions";
import { hotQuery } from "@/lib/db/hot-query";
import { env } from "@/lib/env";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * The signed-in person for this request, or null. The JWT only names the user; the database
 * decides: a deactivated user or a bumped session version (sign out everywhere) ends the session.
 */
export const currentActor = cache(async (): Promise<Actor | null> => {
  const store = await cookies();
  const claims = await readSessionClaims((name) => store.get(name)?.value, env().AUTH_SECRET);
  if (!claims) return null;
  const [found] = await hotQuery<Actor>(Prisma.sql`
    select id, role::text as role, name, handle, title from "User"
    where id = ${claims.userId} and "deactivatedAt" is null and "sessionVersion" = ${claims.sessionVersion}`);
  return found ?? null;
});
