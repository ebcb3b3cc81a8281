import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { measureAuthenticity } from "@/lib/insights/measure-authenticity";
import { NOW, daysAgo, departmentWithPeople, leaderScope } from "@/lib/insights/test-fixtures";
import { insertAnsweredQuestion, insertQuestion } from "@/lib/questions/question-factories";
import { createUser } from "@/lib/test/factories";

describe("insights: authenticity", () => {
  it("[INSIGHTS] leaders' median time to answer, share within 48 h, waiting questions and action items, exactly", async () => {
    const { department, leader, people } = await departmentWithPeople(5);
    const asker = people[1]!.user.id;
    const L = leader.user.id;
    await insertAnsweredQuestion(asker, L, { now: NOW, askedHoursAgo: 240, answeredAfterHours: 2, targetLeaderId: L });
    await insertAnsweredQuestion(asker, L, { now: NOW, askedHoursAgo: 120, answeredAfterHours: 60, targetLeaderId: L });
    await insertQuestion(asker, { targetLeaderId: L, isAnonymous: true, createdAt: daysAgo(3) }); // waiting
    // A question to a leader elsewhere: not this department's.
    const { user: elsewhere } = await createUser({ role: "LEADER" });
    await insertQuestion(asker, { targetLeaderId: elsewhere.id, createdAt: daysAgo(3) });

    const item = (data: Partial<Parameters<typeof db.actionItem.create>[0]["data"]>) =>
      db.actionItem.create({ data: { title: "Do it", assignerId: L, ...data } as never });
    await item({ createdAt: daysAgo(10), status: "DONE", completedAt: daysAgo(2) });
    await item({ createdAt: daysAgo(9), status: "OPEN", dueDate: daysAgo(1) }); // overdue
    await item({ createdAt: daysAgo(8), status: "IN_PROGRESS", dueDate: daysAgo(-5) });
    await item({ createdAt: daysAgo(100), status: "OPEN", dueDate: daysAgo(90) }); // overdue, opened long ago

    const figures = await measureAuthenticity(leaderScope(leader.actor, department.id), NOW);
    expect(figures.leaders).toEqual([
      {
        id: L,
        name: leader.user.name,
        handle: leader.user.handle,
        medianHours: 31,
        within48hShare: 1 / 3,
        waiting: 1,
        opened: 3,
        closed: 1,
        overdue: 2,
      },
    ]);
    expect(figures).toMatchObject({ medianHours: 31, within48hShare: 1 / 3, waiting: 1 });
    expect(figures.trend).toHaveLength(12);
    expect(figures.trend.reduce((sum, week) => sum + week.answered, 0)).toBe(2);
    expect(figures.trend.at(-1)).toMatchObject({ answered: 1, medianHours: 60 }); // answered 2.5 days ago
  });
});
