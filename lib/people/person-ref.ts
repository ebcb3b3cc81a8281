import { z } from "zod";
import { Prisma } from "@/lib/generated/prisma/client";

// A person as cards, chips and lists show them. One shape, built by Prisma (`personRefSelect`) or by SQL
// (`personRefJson`, inside views made as JSON by the database); person-ref.test.ts holds the two equal.

export const personRefSelect = {
  id: true,
  handle: true,
  name: true,
  title: true,
  avatarUrl: true,
} as const satisfies Prisma.UserSelect;

export const ZPersonRef = z.strictObject({
  id: z.string(),
  handle: z.string(),
  name: z.string(),
  title: z.string(),
  avatarUrl: z.string().nullable(),
});
export type PersonRef = z.infer<typeof ZPersonRef>;

/** personRefSelect in SQL: a PersonRef as JSON, from a "User" row aliased `alias`. */
export const personRefJson = (alias: string) =>
  Prisma.raw(
    `json_build_object('id', ${alias}.id, 'handle', ${alias}.handle, 'name', ${alias}.name, 'title', ${alias}.title, 'avatarUrl', ${alias}."avatarUrl")`,
  );
