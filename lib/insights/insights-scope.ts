import "server-only";
import { can, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * Whose figures a reader of /insights sees. Admins: the organisation. Leaders: their department and everyone
 * who reports to them, directly or not. Managers (anyone with reports): their team, themselves included.
 */
export type InsightsScope =
  | { kind: "organisation"; label: string; viewerId: string; seesAllCommunities: true }
  | {
      kind: "people";
      label: string;
      viewerId: string;
      departmentId: string | null;
      managerId: string;
      seesAllCommunities: false;
    };

export const INSIGHTS_REFUSAL =
  "Insights show how your people are doing on adoption, leadership answers, recognition, communities and fun, so that you can act on it. They are for admins, leaders and managers, for their own departments and teams.";

export async function resolveInsightsScope(actor: Actor): Promise<InsightsScope> {
  if (can(actor, "insights.organisation"))
    return { kind: "organisation", label: "The whole organisation", viewerId: actor.id, seesAllCommunities: true };
  const me = await db.user.findUnique({
    where: { id: actor.id },
    select: { department: { select: { id: true, name: true } }, _count: { select: { reports: true } } },
  });
  const department = actor.role === "LEADER" ? (me?.department ?? null) : null;
  if (!me || (!department && me._count.reports === 0)) throw new AppError("FORBIDDEN", INSIGHTS_REFUSAL);
  return {
    kind: "people",
    label: department ? `${department.name} and your team` : "Your team",
    viewerId: actor.id,
    departmentId: department?.id ?? null,
    managerId: actor.id,
    seesAllCommunities: false,
  };
}

/**
 * The common table expressions every insights statement starts with (after `with recursive`): `team` (the
 * manager and everyone below them) and `scope` (the active people in view, with department, location, role).
 */
export function scopeCtes(scope: InsightsScope): Prisma.Sql {
  if (scope.kind === "organisation")
    return Prisma.sql`team(id) as (select null::text where false),
      scope as (select u.id, u."departmentId", u.location, u.role from "User" u where u."deactivatedAt" is null)`;
  return Prisma.sql`team(id) as (
        select ${scope.managerId}::text
        union
        select u.id from "User" u join team t on u."managerId" = t.id
      ),
      scope as (
        select u.id, u."departmentId", u.location, u.role from "User" u
        where u."deactivatedAt" is null
          and (u.id in (select id from team) or u."departmentId" = ${scope.departmentId}::text)
      )`;
}

/** Communities the reader may see named: all for admins; otherwise public, private, or secret ones they are in. */
export function visibleCommunitySql(scope: InsightsScope, alias: string): Prisma.Sql {
  if (scope.seesAllCommunities) return Prisma.sql`true`;
  const c = Prisma.raw(`"${alias}"`);
  return Prisma.sql`(${c}.visibility <> 'SECRET' or exists (
    select 1 from "CommunityMember" cm where cm."communityId" = ${c}.id and cm."userId" = ${scope.viewerId}))`;
}
