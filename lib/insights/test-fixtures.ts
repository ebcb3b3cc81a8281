import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import type { InsightsScope } from "@/lib/insights/insights-scope";
import { createDepartment, createUser } from "@/lib/test/factories";

export const NOW = new Date("2026-11-23T12:00:00Z");
export const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000);
export const dayAgo = (days: number) => daysAgo(days).toISOString().slice(0, 10);

/**
 * A fresh department: a leader (its head, role LEADER) and `size` employees who report to a manager (the
 * first of them). Figures about it are exact, whatever else the shared test database holds.
 */
export async function departmentWithPeople(size: number, location = "Utrecht") {
  const department = await createDepartment();
  const leader = await createUser({ role: "LEADER", departmentId: department.id, location });
  const manager = await createUser({ departmentId: department.id, location, managerId: leader.user.id });
  const people = [manager];
  for (let n = 1; n < size; n++)
    people.push(await createUser({ departmentId: department.id, location, managerId: manager.user.id }));
  return { department, leader, manager, people };
}

export const leaderScope = (actor: Actor, departmentId: string, label = "test"): InsightsScope => ({
  kind: "people",
  label,
  viewerId: actor.id,
  departmentId,
  managerId: actor.id,
  seesAllCommunities: false,
});

export async function visited(userId: string, ...days: number[]) {
  await db.userActivityDay.createMany({
    data: days.map((day) => ({ userId, day: new Date(`${dayAgo(day)}T00:00:00Z`) })),
  });
}
