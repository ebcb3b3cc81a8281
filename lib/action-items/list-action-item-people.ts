import "server-only";
import { z } from "zod";
import { personRefSelect, type PersonRef } from "@/lib/people/person-ref";
import { defineUseCase } from "@/lib/auth/use-case";
import { db } from "@/lib/db";

/** Who the assignee and leader filters offer: people with at least one item assigned to them, or by them. Two queries. */
export const listActionItemPeople = defineUseCase({
  input: z.object({}),
  permission: "actionItems.read",
  run: async (): Promise<{ assignees: PersonRef[]; leaders: PersonRef[] }> => {
    const [assignees, leaders] = await Promise.all([
      db.user.findMany({
        where: { actionItemAssignments: { some: {} } },
        orderBy: [{ name: "asc" }, { id: "asc" }],
        take: 500,
        select: personRefSelect,
      }),
      db.user.findMany({
        where: { actionItemsAssigned: { some: {} } },
        orderBy: [{ name: "asc" }, { id: "asc" }],
        take: 500,
        select: personRefSelect,
      }),
    ]);
    return { assignees, leaders };
  },
});
