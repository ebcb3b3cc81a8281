import "server-only";
import { randomBytes } from "node:crypto";
import { rolesWith } from "@/lib/auth/permissions";
import type { Tx } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { SHOW_MAX_DAYS_AHEAD } from "@/lib/live-shows/show-input";

/** Hosts thank commenters on air, so a host must hold "appreciation.give": an active leader or admin. */
export async function requireEligibleHost(tx: Tx, hostId: string): Promise<string> {
  const host = await tx.user.findFirst({
    where: { id: hostId, role: { in: rolesWith("appreciation.give") }, deactivatedAt: null },
    select: { id: true },
  });
  if (!host)
    throw new AppError("BAD_INPUT", "Choose a host from the list.", {
      hostId: "Choose a leader or admin from the list",
    });
  return host.id;
}

/** A new start must lie ahead (a minute of slack for slow typists) and within a year. */
export function requireSensibleStart(startsAt: Date, now = new Date()): void {
  if (startsAt.getTime() < now.getTime() - 60_000)
    throw new AppError("BAD_INPUT", "The start is in the past.", { startsAt: "Choose a start in the future" });
  if (startsAt.getTime() > now.getTime() + SHOW_MAX_DAYS_AHEAD * 86_400_000) {
    throw new AppError("BAD_INPUT", "The start is too far ahead.", {
      startsAt: `Choose a start within ${SHOW_MAX_DAYS_AHEAD} days`,
    });
  }
}

/** The embed is sandboxed as a third-party origin; a URL on our own host would run with our cookies and origin. */
export function requireThirdPartyStream(streamUrl: string | null): void {
  if (!streamUrl) return;
  const own = env().AUTH_URL;
  if (own && new URL(own).host === new URL(streamUrl).host) {
    throw new AppError("BAD_INPUT", "The stream must come from another site.", {
      streamUrl: "Use the address of the streaming service, not a Hearth page",
    });
  }
}

export function slugForShow(title: string): string {
  const base = title
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/g, "");
  return `${base || "show"}-${randomBytes(3).toString("hex")}`;
}
