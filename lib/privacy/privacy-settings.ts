import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { db, type Tx } from "@/lib/db";
import type { ErasedContentPolicy } from "@/lib/generated/prisma/enums";

export type PrivacySettingsView = {
  erasedContent: ErasedContentPolicy;
  removedContentDays: number | null;
  auditDays: number | null;
};

const DEFAULTS: PrivacySettingsView = { erasedContent: "ANONYMISE", removedContentDays: null, auditDays: null };

/** The organisation's data-protection settings (one row; the defaults until an admin saves). */
export async function readPrivacySettings(client: Pick<Tx, "privacySettings"> = db): Promise<PrivacySettingsView> {
  const row = await client.privacySettings.findUnique({
    where: { id: 1 },
    select: { erasedContent: true, removedContentDays: true, auditDays: true },
  });
  return row ?? DEFAULTS;
}

export const findPrivacySettings = defineUseCase({
  input: z.object({}),
  permission: "privacy.manage",
  run: async () => readPrivacySettings(),
});

// Empty means "keep"; otherwise whole days, at least one (a day of grace for an undo), at most ten years.
const ZDays = (label: string) =>
  z.preprocess(
    (value) => (value === "" || value === null || value === undefined ? null : value),
    z.coerce
      .number({ error: `${label}: enter a number of days, or leave it empty to keep everything` })
      .int(`${label}: enter whole days`)
      .min(1, `${label}: at least 1 day`)
      .max(3650, `${label}: at most 3650 days (ten years)`)
      .nullable(),
  );

export const ZPrivacySettingsInput = z.object({
  erasedContent: z.enum(["ANONYMISE", "DELETE"], { error: "Choose what happens to an erased person's content" }),
  removedContentDays: ZDays("Removed content"),
  auditDays: ZDays("Audit entries"),
});

/** An admin sets what erasure does with content and how long removed content and audit entries are kept. Audited. */
export const updatePrivacySettings = defineUseCase({
  input: ZPrivacySettingsInput,
  permission: "privacy.manage",
  run: async ({ actor, input }) =>
    db.$transaction(async (tx) => {
      const before = await readPrivacySettings(tx);
      await tx.privacySettings.upsert({ where: { id: 1 }, create: { id: 1, ...input }, update: input });
      await tx.auditEntry.create({
        data: {
          actorId: actor.id,
          action: "privacy.settingsChanged",
          targetType: "PrivacySettings",
          data: { before, after: input },
        },
      });
      return input;
    }),
});
