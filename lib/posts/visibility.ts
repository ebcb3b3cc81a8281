import type { Actor } from "@/lib/auth/permissions";
import { Prisma } from "@/lib/generated/prisma/client";
import { rooms } from "@/lib/realtime/events";

// Who may see a post, as a query. Deleted (by the author), removed or hidden (by a moderator) posts are
// seen by nobody through these; moderation screens read them on purpose, elsewhere. Community posts add
// their membership rule here, and every reader picks it up.
export function visiblePostWhere(_actor: Actor): Prisma.PostWhereInput {
  return { deletedAt: null, removedAt: null, hiddenAt: null };
}

/** The same rule for hand-written SQL over "Post" aliased `p`; keep the two in step (tests cover both). */
export function visiblePostSql(_actor: Actor): Prisma.Sql {
  return Prisma.sql`p."deletedAt" is null and p."removedAt" is null and p."hiddenAt" is null`;
}

/** The realtime rooms whose members may see this post: events about it go only there. */
export function postAudienceRooms(_post: { id: string }): string[] {
  return [rooms.everyone];
}
