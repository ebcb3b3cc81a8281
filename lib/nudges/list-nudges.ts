import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { db } from "@/lib/db";
import type { NudgeKind } from "@/lib/generated/prisma/client";

export const NUDGE_SHOWN_DAYS = 14;

export type NudgeView = {
  id: string;
  kind: NudgeKind;
  text: string;
  actionLabel: string;
  href: string;
  createdAt: string;
  subject: { name: string; handle: string; avatarUrl: string | null } | null;
};

/**
 * The actor's own open nudges, newest first: not acted on, not snoozed, not stopped, from the last two weeks,
 * about someone still here. Nobody else ever reads them (the recipient is the actor, in the query).
 */
export const listNudges = defineUseCase({
  input: z.object({ limit: z.coerce.number().int().min(1).max(20).default(5) }),
  permission: "notifications.configure",
  run: async ({ actor, input }): Promise<NudgeView[]> => {
    const now = new Date();
    const [rows, stops] = await Promise.all([
      db.nudge.findMany({
        where: {
          recipientId: actor.id,
          doneAt: null,
          createdAt: { gte: new Date(now.getTime() - NUDGE_SHOWN_DAYS * 86_400_000), lte: now },
          OR: [{ snoozedUntil: null }, { snoozedUntil: { lte: now } }],
          AND: [{ OR: [{ subjectUserId: null }, { subjectUser: { deactivatedAt: null } }] }],
        },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: input.limit * 2,
        select: {
          id: true,
          kind: true,
          subjectKey: true,
          text: true,
          actionLabel: true,
          href: true,
          createdAt: true,
          subjectUser: { select: { name: true, handle: true, avatarUrl: true } },
        },
      }),
      db.nudgeStop.findMany({ where: { recipientId: actor.id }, select: { kind: true, subjectKey: true } }),
    ]);
    const stopped = new Set(stops.map((stop) => `${stop.kind}:${stop.subjectKey}`));
    // One card per subject: the newest.
    const seen = new Set<string>();
    return rows
      .filter((row) => {
        const key = `${row.kind}:${row.subjectKey}`;
        if (stopped.has(key) || seen.has(key)) return false;
        seen.add(key);
        return true;
      })
      .slice(0, input.limit)
      .map((row) => ({
        id: row.id,
        kind: row.kind,
        text: row.text,
        actionLabel: row.actionLabel,
        href: row.href,
        createdAt: row.createdAt.toISOString(),
        subject: row.subjectUser,
      }));
  },
});
