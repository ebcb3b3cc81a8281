import "server-only";
import type { AfterCommit } from "@/lib/auth/use-case";
import type { Tx } from "@/lib/db";
import { rooms } from "@/lib/realtime/events";
import { disconnectUserSockets, publish } from "@/lib/realtime/publish";

/** Who switched an account off: shown on /admin/people and kept in the audit entry. */
export type DeactivatedBy = "admin" | "scim" | "import";

/**
 * Deactivates an account inside the caller's transaction: it stops signing in (password and SSO), every session ends
 * on its next request (the session version moves), and it leaves pickers, mentions and search, which all read
 * `deactivatedAt: null`. Their posts and comments stay, under their name. Returns false when already deactivated.
 */
export async function deactivateInTx(
  tx: Tx,
  userId: string,
  by: DeactivatedBy,
  actorId: string | null,
  reason = "",
): Promise<boolean> {
  const { count } = await tx.user.updateMany({
    where: { id: userId, deactivatedAt: null },
    data: { deactivatedAt: new Date(), deactivatedBy: by, sessionVersion: { increment: 1 } },
  });
  if (count === 0) return false;
  await tx.auditEntry.create({
    data: { actorId, action: "people.deactivated", targetType: "User", targetId: userId, reason, data: { via: by } },
  });
  return true;
}

/** Reactivates an account inside the caller's transaction; false when it was active already. */
export async function reactivateInTx(tx: Tx, userId: string, by: DeactivatedBy, actorId: string | null) {
  const { count } = await tx.user.updateMany({
    where: { id: userId, deactivatedAt: { not: null } },
    data: { deactivatedAt: null, deactivatedBy: null },
  });
  if (count === 0) return false;
  await tx.auditEntry.create({
    data: { actorId, action: "people.reactivated", targetType: "User", targetId: userId, data: { via: by } },
  });
  return true;
}

/**
 * After the deactivation committed: open pages hear that their session ended (they go to the sign-in page), then
 * every socket of the user closes, on every server. A reconnect is refused by the handshake's session check.
 */
export function endSessionsNow(userId: string): void {
  publish(rooms.user(userId), { type: "session.revoked", userId });
  // A moment for the event to leave before the socket closes (as sign out everywhere does).
  setTimeout(() => disconnectUserSockets(userId), 300).unref();
}

export function endSessionsAfterCommit(afterCommit: AfterCommit, userId: string): void {
  afterCommit(() => endSessionsNow(userId));
}
