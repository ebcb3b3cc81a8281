import "server-only";
import { cache } from "react";
import { auth } from "@/lib/auth/config";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";

/**
 * The signed-in person for this request, or null. The JWT only names the user; the database
 * decides: a deactivated user or a bumped session version (sign out everywhere) ends the session.
 */
export const currentActor = cache(async (): Promise<Actor | null> => {
  const session = await auth();
  const user = session?.user as { id?: string; sessionVersion?: number } | undefined;
  if (!user?.id) return null;
  const found = await db.user.findFirst({
    where: { id: user.id, deactivatedAt: null, sessionVersion: user.sessionVersion ?? 0 },
    select: { id: true, role: true, name: true, handle: true, title: true },
  });
  return found;
});
