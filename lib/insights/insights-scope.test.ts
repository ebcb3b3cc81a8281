import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { findInsights } from "@/lib/insights/find-insights";
import { INSIGHTS_REFUSAL } from "@/lib/insights/insights-scope";
import { departmentWithPeople } from "@/lib/insights/test-fixtures";
import { createUser } from "@/lib/test/factories";

describe("insights: who sees what", () => {
  it("[INSIGHTS] an employee without reports is refused with what the page is for, and no figures", async () => {
    const { actor } = await createUser();
    await expect(findInsights(actor, {})).rejects.toMatchObject({ code: "FORBIDDEN", message: INSIGHTS_REFUSAL });
    await expect(findInsights(null, {})).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("[INSIGHTS] a manager sees their team only; a leader their department and team; an admin the organisation", async () => {
    const sales = await departmentWithPeople(6);
    const other = await departmentWithPeople(6);
    // One of the other department's people reports (indirectly) into nobody here: never in sales' figures.
    const { actor: admin } = await createUser({ role: "ADMIN" });

    const manager = await findInsights(sales.manager.actor, { sections: ["adoption", "pride"] });
    expect(manager.scope).toEqual({ kind: "people", label: "Your team" });
    expect(manager.adoption!.people).toBe(6); // the manager and five reports, not the leader above them
    expect(manager.adoption!.byDepartment.map((row) => row.name)).toEqual([sales.department.name]);
    expect(manager.pride!.byDepartment.map((row) => row.name)).toEqual([sales.department.name]);
    expect(manager.authenticity).toBeUndefined();

    const leader = await findInsights(sales.leader.actor, { sections: ["adoption"] });
    expect(leader.scope.label).toBe(`${sales.department.name} and your team`);
    expect(leader.adoption!.people).toBe(7);
    expect(leader.adoption!.byDepartment.map((row) => row.name)).not.toContain(other.department.name);

    // A report who moves to another department stays in their manager's team, and only there.
    await db.user.update({ where: { id: sales.people[5]!.user.id }, data: { departmentId: other.department.id } });
    const moved = await findInsights(sales.manager.actor, { sections: ["adoption"] });
    expect(moved.adoption!.people).toBe(6);
    const otherLeader = await findInsights(other.leader.actor, { sections: ["adoption"] });
    expect(otherLeader.adoption!.people).toBe(8);

    const organisation = await findInsights(admin, { sections: ["adoption"] });
    expect(organisation.scope.kind).toBe("organisation");
    const names = organisation.adoption!.byDepartment.map((row) => row.name);
    expect(names).toEqual(expect.arrayContaining([sales.department.name, other.department.name]));
  });
});
