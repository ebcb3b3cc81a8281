import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { getUploadStorage } from "@/lib/uploads/storage";
import { ZId } from "@/lib/id";

export type ExportView = {
  id: string;
  status: "PENDING" | "READY" | "FAILED";
  bytes: number | null;
  createdAt: string;
  expiresAt: string;
};

/** The actor's own exports that have not expired, newest first (a handful at most). */
export const listExports = defineUseCase({
  input: z.object({}),
  permission: "privacy.exportOwn",
  run: async ({ actor }): Promise<ExportView[]> => {
    const rows = await db.dataExport.findMany({
      where: { userId: actor.id, expiresAt: { gt: new Date() } },
      select: { id: true, status: true, bytes: true, createdAt: true, expiresAt: true },
      orderBy: { createdAt: "desc" },
      take: 5,
    });
    return rows.map((row) => ({
      ...row,
      createdAt: row.createdAt.toISOString(),
      expiresAt: row.expiresAt.toISOString(),
    }));
  },
});

/** The zip of one of the actor's own ready exports; anyone else's, or an expired one, is NOT_FOUND. */
export const findExportFile = defineUseCase({
  input: z.object({ exportId: ZId }),
  permission: "privacy.exportOwn",
  run: async ({ actor, input }) => {
    const row = await db.dataExport.findFirst({
      where: { id: input.exportId, userId: actor.id, status: "READY", expiresAt: { gt: new Date() } },
      select: { storageKey: true, createdAt: true },
    });
    const file = row?.storageKey ? await getUploadStorage().get(row.storageKey) : null;
    if (!row || !file) throw new AppError("NOT_FOUND", "That export does not exist or has expired.");
    return { data: file.data, name: `hearth-export-${row.createdAt.toISOString().slice(0, 10)}.zip` };
  },
});
