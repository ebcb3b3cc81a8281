import { can, type Actor } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";

// Object-level rules for AMA sessions, read as questions. Every AMA is company-wide, so seeing one needs
// no rule beyond "questions.read"; running one is its host's (or an admin's, "ama.endAny").

/** The host, or whoever holds "ama.endAny", may end (or cancel) an AMA. */
export function canEndAma(actor: Actor, session: { leaderId: string }): boolean {
  return session.leaderId === actor.id || can(actor, "ama.endAny");
}

/** The same rule as a query, so an AMA the actor may not end is simply not found. */
export function endableAmaWhere(actor: Actor): Prisma.AmaSessionWhereInput {
  return can(actor, "ama.endAny") ? {} : { leaderId: actor.id };
}
