import "server-only";
import { z } from "zod";
import { rolesWith } from "@/lib/auth/permissions";
import { defineUseCase } from "@/lib/auth/use-case";
import { db } from "@/lib/db";
import { personRefSelect, type PersonRef } from "@/lib/people/person-ref";

/** Who may host a show (see requireEligibleHost): active people who may give appreciation (leaders, admins), by name. */
export const listShowHosts = defineUseCase({
  input: z.object({}),
  permission: "liveShows.schedule",
  run: async (): Promise<PersonRef[]> =>
    db.user.findMany({
      where: { role: { in: rolesWith("appreciation.give") }, deactivatedAt: null },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      select: personRefSelect,
    }),
});
