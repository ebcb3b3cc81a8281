import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { db } from "@/lib/db";
import { personRefSelect, type PersonRef } from "@/lib/people/person-ref";

/** Everyone who answers as leadership (role LEADER), by name: for "ask a named leader" and filters. */
export const listLeaders = defineUseCase({
  input: z.object({}),
  permission: "questions.read",
  run: async (): Promise<PersonRef[]> =>
    db.user.findMany({
      where: { role: "LEADER", deactivatedAt: null },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      select: personRefSelect,
    }),
});
