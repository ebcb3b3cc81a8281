import "server-only";
import { z } from "zod";
import { can } from "@/lib/auth/permissions";
import { defineUseCase } from "@/lib/auth/use-case";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { CompanyValueView } from "@/lib/values/value-input";

/** The company values in their order: the active ones for everyone, archived ones too for those who manage them. */
export const listCompanyValues = defineUseCase({
  input: z.object({ includeArchived: z.boolean().default(false) }),
  permission: "pride.read",
  run: async ({ actor, input }): Promise<CompanyValueView[]> => {
    if (input.includeArchived && !can(actor, "values.manage"))
      throw new AppError("FORBIDDEN", "Only admins see archived values.");
    const rows = await db.companyValue.findMany({
      where: input.includeArchived ? {} : { archivedAt: null },
      orderBy: [{ position: "asc" }, { name: "asc" }],
      select: { id: true, slug: true, name: true, emoji: true, description: true, position: true, archivedAt: true },
    });
    return rows.map((row) => ({ ...row, archivedAt: row.archivedAt?.toISOString() ?? null }));
  },
});
