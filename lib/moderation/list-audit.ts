import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { newestFirstAfter, toPage, ZCursor, type Page } from "@/lib/pagination";

export type AuditView = {
  id: string;
  action: string;
  targetType: string;
  targetId: string | null;
  reason: string;
  createdAt: string;
  actor: { name: string; handle: string } | null;
  community: { slug: string; name: string } | null;
};

const optional = z
  .string()
  .trim()
  .max(80)
  .optional()
  .transform((value) => value || undefined);
const day = (label: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((value) => value || undefined)
    .pipe(z.iso.date(`${label} must be a date (YYYY-MM-DD)`).optional());

export const ZListAuditInput = z
  .object({
    action: optional,
    actor: optional, // a handle
    community: optional, // a slug
    targetType: optional,
    from: day("From"),
    to: day("To"),
    cursor: ZCursor,
    limit: z.coerce.number().int().min(1).max(100).default(50),
  })
  .refine((input) => !input.from || !input.to || input.from <= input.to, {
    path: ["to"],
    message: "To must be on or after From",
  });

/** The audit log for admins: who did what, when and why; filtered, newest first, keyset-paginated. */
export const listAudit = defineUseCase({
  input: ZListAuditInput,
  permission: "audit.read",
  run: async ({ input }): Promise<Page<AuditView>> => {
    const where: Prisma.AuditEntryWhereInput[] = [newestFirstAfter(input.cursor)];
    if (input.action) where.push({ action: input.action });
    if (input.targetType) where.push({ targetType: input.targetType });
    if (input.actor) where.push({ actor: { handle: input.actor } });
    if (input.community) where.push({ community: { slug: input.community } });
    if (input.from) where.push({ createdAt: { gte: new Date(`${input.from}T00:00:00Z`) } });
    if (input.to) where.push({ createdAt: { lt: new Date(new Date(`${input.to}T00:00:00Z`).getTime() + 86_400_000) } });
    const rows = await db.auditEntry.findMany({
      where: { AND: where },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: input.limit + 1,
      select: {
        id: true,
        action: true,
        targetType: true,
        targetId: true,
        reason: true,
        createdAt: true,
        actor: { select: { name: true, handle: true } },
        community: { select: { slug: true, name: true } },
      },
    });
    const page = toPage(rows, input.limit, (row) => [row.createdAt.toISOString(), row.id]);
    return {
      items: page.items.map((row) => ({ ...row, createdAt: row.createdAt.toISOString() })),
      nextCursor: page.nextCursor,
    };
  },
});

/** The values the filters offer: actions and target types seen so far. */
export const listAuditFacets = defineUseCase({
  input: z.object({}),
  permission: "audit.read",
  run: async () => {
    const [actions, targetTypes] = await Promise.all([
      db.auditEntry.findMany({ distinct: ["action"], select: { action: true }, orderBy: { action: "asc" } }),
      db.auditEntry.findMany({
        distinct: ["targetType"],
        select: { targetType: true },
        orderBy: { targetType: "asc" },
      }),
    ]);
    return { actions: actions.map((row) => row.action), targetTypes: targetTypes.map((row) => row.targetType) };
  },
});
