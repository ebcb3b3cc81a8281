import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { canManageShow } from "@/lib/live-shows/access";

const managedSelect = {
  id: true,
  slug: true,
  title: true,
  hostId: true,
  createdById: true,
  status: true,
  startsAt: true,
} as const;

/** The show, if the actor may run it. Everyone sees every show, so a refusal here is a 403, not a 404. */
export async function loadManagedShow(tx: Tx, actor: Actor, showId: string) {
  const show = await tx.liveShow.findUnique({ where: { id: showId }, select: managedSelect });
  if (!show) throw new AppError("NOT_FOUND", "That show does not exist.");
  if (!canManageShow(actor, show))
    throw new AppError("FORBIDDEN", "Only the host, whoever scheduled the show, or an admin can do that.");
  return show;
}
