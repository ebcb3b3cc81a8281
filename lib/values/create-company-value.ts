import "server-only";
import { defineUseCase } from "@/lib/auth/use-case";
import { db } from "@/lib/db";
import { randomBytes } from "node:crypto";
import { handleFromName } from "@/lib/people/handle";
import { requireFreeValueName } from "@/lib/values/unique-name";
import { ZValueFields } from "@/lib/values/value-input";

/** Adds a company value at the end of the list. The slug (used in wall filters) is made once and never changes. */
export const createCompanyValue = defineUseCase({
  input: ZValueFields,
  permission: "values.manage",
  run: async ({ actor, input }) => {
    return db.$transaction(async (tx) => {
      await requireFreeValueName(tx, input.name);
      const base = handleFromName(input.name) || "value";
      const slug = (await tx.companyValue.findUnique({ where: { slug: base }, select: { id: true } }))
        ? `${base}-${randomBytes(2).toString("hex")}`
        : base;
      const last = await tx.companyValue.aggregate({ _max: { position: true } });
      const value = await tx.companyValue.create({
        data: { ...input, slug, position: (last._max.position ?? -1) + 1 },
        select: { id: true },
      });
      await tx.auditEntry.create({
        data: {
          actorId: actor.id,
          action: "value.create",
          targetType: "CompanyValue",
          targetId: value.id,
          data: input,
        },
      });
      return value;
    });
  },
});
