import "server-only";
import { z } from "zod";
import { ACTION_STATUSES } from "@/lib/action-items/action-item-input";
import type { Actor } from "@/lib/auth/permissions";
import { Prisma } from "@/lib/generated/prisma/client";
import { ZId } from "@/lib/id";

const emptyToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);

// The filters every list of action items understands, as they come from a URL or a JSON body.
export const ZActionItemFilters = z.object({
  status: z.preprocess(emptyToUndefined, z.enum(ACTION_STATUSES, { error: "Choose a status" }).optional()),
  assignee: z.preprocess(emptyToUndefined, ZId.optional()),
  leader: z.preprocess(emptyToUndefined, ZId.optional()),
  overdue: z
    .preprocess((value) => value === true || value === "1" || value === "true" || value === "on", z.boolean())
    .default(false),
  mine: z.preprocess((value) => value === true || value === "1" || value === "true", z.boolean()).default(false),
});

export type ActionItemFilters = z.output<typeof ZActionItemFilters>;

const ACTIVE = Prisma.sql`a.status in ('OPEN', 'IN_PROGRESS')`;

/**
 * The sort of every list: overdue first, then open work by due day (no due day last, newest first),
 * then finished work, most recently finished first. As two numbers, so that a keyset cursor can follow it.
 */
export function rankSql(asOf: Date) {
  return Prisma.sql`(case when ${ACTIVE} and a."dueDate" < ${asOf} then 0 when ${ACTIVE} then 1 else 2 end)`;
}
export const orderKeySql = Prisma.sql`(case when ${ACTIVE}
    then coalesce(extract(epoch from a."dueDate"), 1e12 - extract(epoch from a."createdAt"))
    else -extract(epoch from coalesce(a."completedAt", a."updatedAt")) end)::float8`;

/** The where clause of the filters, on `"ActionItem" a`. Every item is public, so there is no visibility rule. */
export function filterSql(actor: Actor, filters: ActionItemFilters, asOf: Date): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`true`];
  if (filters.status) parts.push(Prisma.sql`a.status = ${filters.status}::"ActionItemStatus"`);
  if (filters.assignee)
    parts.push(
      Prisma.sql`exists (select 1 from "ActionItemAssignee" f where f."actionItemId" = a.id and f."userId" = ${filters.assignee})`,
    );
  if (filters.leader) parts.push(Prisma.sql`a."assignerId" = ${filters.leader}`);
  if (filters.overdue) parts.push(Prisma.sql`${ACTIVE} and a."dueDate" < ${asOf}`);
  if (filters.mine) {
    parts.push(
      Prisma.sql`(a."assignerId" = ${actor.id} or exists (select 1 from "ActionItemAssignee" m where m."actionItemId" = a.id and m."userId" = ${actor.id}))`,
    );
  }
  return Prisma.join(parts, " and ");
}
