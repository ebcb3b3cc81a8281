import "server-only";
import { moderatingMembershipWhere } from "@/lib/communities/access";
import { can, type Actor } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The reports an actor may work, as a query: admins all of them; owners and moderators those filed in
 * their communities. Company-wide reports (communityId null) reach admins only, in the "all" queue.
 */
export function reportScopeWhere(actor: Actor, scope: "all" | "communities"): Prisma.ReportWhereInput {
  if (can(actor, "moderation.queueAll")) return scope === "all" ? {} : { communityId: { not: null } };
  return { community: { members: { some: moderatingMembershipWhere(actor.id) } } };
}
