import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { ZId } from "@/lib/id";

/**
 * Moves a value one place up or down. Positions are renumbered 0..n-1 in the new order, under a table lock
 * so two admins reordering at once cannot leave duplicates or gaps.
 */
export const moveCompanyValue = defineUseCase({
  input: z.object({ valueId: ZId, direction: z.enum(["up", "down"]) }),
  permission: "values.manage",
  run: async ({ actor, input }) => {
    await db.$transaction(async (tx) => {
      await tx.$executeRaw`lock table "CompanyValue" in share row exclusive mode`;
      const ordered = await tx.companyValue.findMany({
        orderBy: [{ position: "asc" }, { name: "asc" }],
        select: { id: true },
      });
      const index = ordered.findIndex((value) => value.id === input.valueId);
      if (index < 0) throw new AppError("NOT_FOUND", "That value does not exist.");
      const swapWith = input.direction === "up" ? index - 1 : index + 1;
      if (swapWith < 0 || swapWith >= ordered.length) return;
      [ordered[index], ordered[swapWith]] = [ordered[swapWith]!, ordered[index]!];
      for (const [position, value] of ordered.entries())
        await tx.companyValue.update({ where: { id: value.id }, data: { position } });
      await tx.auditEntry.create({
        data: {
          actorId: actor.id,
          action: "value.move",
          targetType: "CompanyValue",
          targetId: input.valueId,
          data: { direction: input.direction },
        },
      });
    });
  },
});
