import "server-only";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";

/** The people, in the order given, if every one of them is an active colleague; otherwise BAD_INPUT naming the field. */
export async function requireActiveAssignees(tx: Tx, ids: string[]): Promise<{ id: string; name: string }[]> {
  const people = await tx.user.findMany({
    where: { id: { in: ids }, deactivatedAt: null },
    select: { id: true, name: true },
  });
  if (people.length !== ids.length) {
    throw new AppError("BAD_INPUT", "One of the people you chose is not an active colleague.", {
      assigneeIds: "One of these people is not an active colleague: remove them and try again",
    });
  }
  const byId = new Map(people.map((person) => [person.id, person]));
  return ids.map((id) => byId.get(id)!);
}
