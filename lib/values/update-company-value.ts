import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requireFreeValueName } from "@/lib/values/unique-name";
import { ZValueFields } from "@/lib/values/value-input";
import { ZId } from "@/lib/id";

/**
 * Edits a value, or archives / restores it. Archived values leave the composer and the wall's filter,
 * but moments that already carry them keep showing them.
 */
export const updateCompanyValue = defineUseCase({
  input: ZValueFields.extend({ valueId: ZId, archived: z.boolean().optional() }),
  permission: "values.manage",
  run: async ({ actor, input }) => {
    const { valueId, archived, ...fields } = input;
    await db.$transaction(async (tx) => {
      const value = await tx.companyValue.findUnique({
        where: { id: valueId },
        select: { id: true, archivedAt: true },
      });
      if (!value) throw new AppError("NOT_FOUND", "That value does not exist.");
      await requireFreeValueName(tx, fields.name, valueId);
      const archivedAt = archived === undefined ? value.archivedAt : archived ? (value.archivedAt ?? new Date()) : null;
      await tx.companyValue.update({ where: { id: valueId }, data: { ...fields, archivedAt } });
      const action = archived === undefined ? "value.update" : archived ? "value.archive" : "value.restore";
      await tx.auditEntry.create({
        data: { actorId: actor.id, action, targetType: "CompanyValue", targetId: valueId, data: fields },
      });
    });
  },
});
