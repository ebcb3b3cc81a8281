import "server-only";
import { z } from "zod";
import { Prisma } from "@/lib/generated/prisma/client";

export const PRIDE_PERIODS = { week: 7, month: 30, quarter: 91, year: 365 } as const;
export type PridePeriod = keyof typeof PRIDE_PERIODS | "all";

const optionalSlug = z.preprocess((value) => (value === "" ? undefined : value), z.string().trim().max(60).optional());

/** The wall's filters, as they travel in the URL. Unknown slugs simply match nothing. */
export const ZPrideFilters = z.object({
  department: optionalSlug,
  value: optionalSlug,
  person: optionalSlug,
  period: z.preprocess(
    (value) => (value === "" ? undefined : value),
    z.enum(["week", "month", "quarter", "year", "all"], { error: "Choose a period" }).default("all"),
  ),
});

export type TPrideFilters = z.output<typeof ZPrideFilters>;

/**
 * The filters as SQL over "Post" aliased `p`. A moment belongs to a department or a person when its author or
 * one of the colleagues it credits does: pride is shared by who gave it and who earned it.
 */
export function prideFilterSql(filters: TPrideFilters, now = new Date()): Prisma.Sql {
  const involves = (userCondition: Prisma.Sql) => Prisma.sql`exists (select 1 from "User" iu where ${userCondition}
      and (iu.id = p."authorId" or exists (select 1 from "PrideTag" it where it."postId" = p.id and it."userId" = iu.id)))`;
  const parts: Prisma.Sql[] = [Prisma.sql`p.kind = 'PRIDE'`];
  if (filters.department)
    parts.push(
      involves(Prisma.sql`iu."departmentId" = (select d.id from "Department" d where d.slug = ${filters.department})`),
    );
  if (filters.person) parts.push(involves(Prisma.sql`iu.handle = ${filters.person}`));
  if (filters.value) {
    parts.push(
      Prisma.sql`exists (select 1 from "PostValue" fv join "CompanyValue" cv on cv.id = fv."valueId" where fv."postId" = p.id and cv.slug = ${filters.value})`,
    );
  }
  if (filters.period !== "all") {
    const since = new Date(now.getTime() - PRIDE_PERIODS[filters.period] * 86_400_000);
    parts.push(Prisma.sql`p."createdAt" >= ${since}`);
  }
  return Prisma.join(parts, " and ");
}
