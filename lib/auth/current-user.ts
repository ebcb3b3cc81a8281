import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import type { Actor } from "@/lib/auth/permissions";
import { actorFromCookies } from "@/lib/auth/session-actor";

/** The signed-in person for this request (pages, server actions, Next routes), or null; see actorFromCookies. */
export const currentActor = cache(async (): Promise<Actor | null> => {
  const store = await cookies();
  return actorFromCookies((name) => store.get(name)?.value);
});
