import "server-only";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";

/** Refuses a value name already in use (case-insensitive), by field. */
export async function requireFreeValueName(tx: Tx, name: string, exceptId?: string): Promise<void> {
  const clash = await tx.companyValue.findFirst({
    where: { name: { equals: name, mode: "insensitive" }, ...(exceptId && { id: { not: exceptId } }) },
    select: { id: true },
  });
  if (clash)
    throw new AppError("CONFLICT", "A value with that name exists already.", {
      name: "A value with that name exists already",
    });
}
