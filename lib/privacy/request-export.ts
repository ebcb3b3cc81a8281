import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { EXPORT_TTL_MS } from "@/lib/privacy/build-export";
import { scheduleExport } from "@/lib/privacy/run-export";
import { enforceWriteLimit } from "@/lib/rate-limit-guard";

/** A person asks for a copy of their data. One export is prepared at a time; it is built in the background. */
export const requestExport = defineUseCase({
  input: z.object({}),
  permission: "privacy.exportOwn",
  run: async ({ actor, afterCommit }) => {
    await enforceWriteLimit("dataExport", actor.id);
    const created = await db.$transaction(async (tx) => {
      // Two clicks at once make one export: requests of one person wait for each other here.
      await tx.$executeRaw`select pg_advisory_xact_lock(hashtext(${`data-export:${actor.id}`}))`;
      const pending = await tx.dataExport.findFirst({
        where: { userId: actor.id, status: "PENDING" },
        select: { id: true },
      });
      if (pending)
        throw new AppError("CONFLICT", "Your export is being prepared already. You will be notified when it is ready.");
      return tx.dataExport.create({
        data: { userId: actor.id, expiresAt: new Date(Date.now() + EXPORT_TTL_MS) },
        select: { id: true },
      });
    });
    afterCommit(() => scheduleExport(created.id));
    return { id: created.id };
  },
});
