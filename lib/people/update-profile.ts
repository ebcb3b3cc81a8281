import "server-only";
import { z } from "zod";
import { canEditProfile } from "@/lib/auth/permissions";
import { defineUseCase } from "@/lib/auth/use-case";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { ZId } from "@/lib/id";
import { ZDisplayString } from "@/lib/input-fields";

const text = (max: number, label: string, string = z.string({ error: `${label} is required` })) =>
  string.trim().max(max, `${label} can be at most ${max} characters`);

/** A field others see as who the person is: without bidi controls (see ZDisplayString). */
const displayText = (max: number, label: string) => text(max, label, ZDisplayString({ error: `${label} is required` }));

// Only these fields: role, department, manager, email and handle are not the person's to change
// here, and unknown keys are dropped rather than written (no mass assignment).
export const ZUpdateProfileInput = z.object({
  userId: ZId,
  name: displayText(80, "Name").min(2, "Name needs at least 2 characters"),
  title: displayText(100, "Title"),
  location: text(80, "Location"),
  pronouns: text(30, "Pronouns"),
  bio: text(600, "Bio"),
  interests: z
    .string()
    .max(500, "Interests can be at most 500 characters")
    .default("")
    .transform((value) => [
      ...new Set(
        value
          .split(",")
          .map((item) => item.trim().toLowerCase())
          .filter(Boolean),
      ),
    ])
    .pipe(
      z.array(z.string().max(30, "Each interest can be at most 30 characters")).max(12, "List at most 12 interests"),
    ),
});

export type TUpdateProfileInput = z.input<typeof ZUpdateProfileInput>;

export const updateProfile = defineUseCase({
  input: ZUpdateProfileInput,
  permission: "profile.updateOwn",
  run: async ({ actor, input }) => {
    const { userId, ...fields } = input;
    if (!canEditProfile(actor, userId)) throw new AppError("NOT_FOUND", "There is no such profile to edit.");
    return db.$transaction(async (tx) => {
      const { count } = await tx.user.updateMany({ where: { id: userId, deactivatedAt: null }, data: fields });
      if (count === 0) throw new AppError("NOT_FOUND", "There is no such profile to edit.");
      const updated = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { id: true, handle: true } });
      await tx.auditEntry.create({
        data: {
          actorId: actor.id,
          action: "profile.updated",
          targetType: "User",
          targetId: userId,
          data: { fields: Object.keys(fields) },
        },
      });
      return updated;
    });
  },
});
