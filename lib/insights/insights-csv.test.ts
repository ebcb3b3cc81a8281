import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { findInsights } from "@/lib/insights/find-insights";
import { insightsCsv } from "@/lib/insights/insights-csv";
import { recordActivityDay } from "@/lib/insights/record-activity-day";
import { departmentWithPeople } from "@/lib/insights/test-fixtures";

describe("insights: CSV and visit days", () => {
  it("[INSIGHTS] a CSV holds the reader's scope only, with empty cells for groups under five", async () => {
    const mine = await departmentWithPeople(5);
    const other = await departmentWithPeople(5);
    await db.department.update({
      where: { id: other.department.id },
      data: { name: `=HYPERLINK ${other.department.slug}` },
    });
    const insights = await findInsights(mine.leader.actor, { sections: ["adoption"] });
    const csv = insightsCsv("adoption", insights);
    const lines = csv.trimEnd().split("\r\n");
    expect(lines[0]).toBe("metric,group,week,value");
    expect(lines).toContain('"people","","",6');
    expect(lines).toContain(`"monthly active","${mine.department.name}","",0`);
    expect(csv).not.toContain(other.department.slug);
    const admin = await findInsights({ ...mine.leader.actor, role: "ADMIN" }, { sections: ["adoption"] });
    // A name that looks like a formula is defused.
    expect(insightsCsv("adoption", admin)).toContain(`"'=HYPERLINK ${other.department.slug}"`);
  });

  it("[INSIGHTS] a visit is recorded once per person and day", async () => {
    const { people } = await departmentWithPeople(1);
    const userId = people[0]!.user.id;
    const day = new Date("2026-11-23T08:00:00Z");
    await recordActivityDay(userId, day);
    await recordActivityDay(userId, new Date("2026-11-23T20:00:00Z"));
    await recordActivityDay(userId, new Date("2026-11-24T01:00:00Z"));
    const days = await db.userActivityDay.findMany({ where: { userId }, orderBy: { day: "asc" } });
    expect(days.map((row) => row.day.toISOString().slice(0, 10))).toEqual(["2026-11-23", "2026-11-24"]);
  });
});
