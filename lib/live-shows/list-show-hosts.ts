import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { db } from "@/lib/db";
import { personRefSelect, type PersonRef } from "@/lib/people/person-ref";

/** Who may host a show (see requireEligibleHost): active leaders and admins, by name. */
export const listShowHosts = defineUseCase({
  input: z.object({}),
  permission: "liveShows.schedule",
  run: async (): Promise<PersonRef[]> =>
    db.user.findMany({
      where: { role: { in: ["LEADER", "ADMIN"] }, deactivatedAt: null },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      select: personRefSelect,
    }),
});
