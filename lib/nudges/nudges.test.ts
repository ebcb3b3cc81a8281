import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { askerKeyOf } from "@/lib/privacy/asker-key";
import { actOnNudge } from "@/lib/nudges/act-on-nudge";
import { generateNudges } from "@/lib/nudges/generate-nudges";
import { listNudges } from "@/lib/nudges/list-nudges";
import { createPost, createUser } from "@/lib/test/factories";

const DAY = 86_400_000;

async function managerWithReport(reportOverrides: { createdAt?: Date; name?: string } = {}) {
  const { user: manager, actor } = await createUser({ name: "Lotte Manager" });
  const { user: report } = await createUser({
    managerId: manager.id,
    name: reportOverrides.name ?? "Ilse Report",
    createdAt: reportOverrides.createdAt ?? new Date(Date.now() - 400 * DAY),
  });
  return { manager, actor, report };
}

const nudgesOf = (recipientId: string) => db.nudge.findMany({ where: { recipientId }, orderBy: { createdAt: "asc" } });

describe("[NUDGES] generateNudges", () => {
  it("nudges a manager whose report has not been recognised in 90 days, once a week, privately", async () => {
    const { manager, actor, report } = await managerWithReport();
    // Recognised 120 days ago: too long.
    const { user: colleague } = await createUser();
    await createPost(colleague.id, {
      kind: "PRIDE",
      createdAt: new Date(Date.now() - 120 * DAY),
      prideTags: { create: [{ userId: report.id }] },
    });
    const now = new Date();
    await generateNudges(db, now);
    const [nudge, ...more] = await nudgesOf(manager.id);
    expect(more).toHaveLength(0);
    expect(nudge).toMatchObject({
      kind: "THANK_REPORT",
      subjectUserId: report.id,
      href: `/pride?thank=${report.handle}`,
    });
    expect(nudge!.text).toMatch(/^Ilse has not been recognised since \w+: say thanks\?$/);
    expect(await db.notification.count({ where: { recipientId: manager.id, type: "NUDGE", nudgeId: nudge!.id } })).toBe(
      1,
    );

    await generateNudges(db, new Date(now.getTime() + DAY)); // same week: nothing new
    expect(await nudgesOf(manager.id)).toHaveLength(1);
    await generateNudges(db, new Date(now.getTime() + 8 * DAY)); // a week on, still unthanked: again
    expect(await nudgesOf(manager.id)).toHaveLength(2);

    const [shown] = await listNudges(actor, {});
    expect(shown?.subject?.handle).toBe(report.handle);
    const { actor: stranger } = await createUser();
    expect(await listNudges(stranger, {})).toHaveLength(0);
    await expect(actOnNudge(stranger, { nudgeId: shown!.id, action: "act" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("a recent recognition means no nudge; neither does a report who is new", async () => {
    const { manager, report } = await managerWithReport();
    const { user: colleague } = await createUser();
    await createPost(colleague.id, {
      kind: "PRIDE",
      createdAt: new Date(Date.now() - 10 * DAY),
      prideTags: { create: [{ userId: report.id }] },
    });
    await generateNudges(db);
    expect(await nudgesOf(manager.id)).toHaveLength(0);
  });

  it("snooze hides a nudge for a week; don't remind me ends it for good", async () => {
    const { manager, actor } = await managerWithReport();
    const now = new Date();
    await generateNudges(db, now);
    const [nudge] = await nudgesOf(manager.id);
    await actOnNudge(actor, { nudgeId: nudge!.id, action: "snooze" });
    expect(await listNudges(actor, {})).toHaveLength(0);
    await generateNudges(db, new Date(now.getTime() + 8 * DAY));
    const [, second] = await nudgesOf(manager.id);
    expect(second).toBeDefined();
    await actOnNudge(actor, { nudgeId: second!.id, action: "stop" });
    await generateNudges(db, new Date(now.getTime() + 30 * DAY));
    expect(await nudgesOf(manager.id)).toHaveLength(2);
  });

  it("a new employee's manager is nudged to welcome them, once", async () => {
    const { manager, actor, report } = await managerWithReport({
      createdAt: new Date(Date.now() - 2 * DAY),
      name: "Zoe Newcomer",
    });
    await generateNudges(db);
    const [nudge] = await nudgesOf(manager.id);
    expect(nudge).toMatchObject({ kind: "WELCOME_REPORT", text: "Zoe joined this week: welcome them in the feed?" });
    const { href } = await actOnNudge(actor, { nudgeId: nudge!.id, action: "act" });
    expect(href).toBe(`/posts/new?welcome=${report.handle}`);
    expect(await listNudges(actor, {})).toHaveLength(0);
    await generateNudges(db, new Date(Date.now() + 8 * DAY));
    expect((await nudgesOf(manager.id)).filter((row) => row.kind === "WELCOME_REPORT")).toHaveLength(1);
  });

  it("a leader with questions waiting more than 48 hours is nudged with the count", async () => {
    const { user: leader } = await createUser({ role: "LEADER" });
    const { user: asker } = await createUser();
    for (const hours of [72, 50, 10]) {
      await db.question.create({
        data: {
          askerKey: askerKeyOf(asker.id),
          targetLeaderId: leader.id,
          title: `Why ${hours}?`,
          createdAt: new Date(Date.now() - hours * 3_600_000),
        },
      });
    }
    await generateNudges(db);
    const [nudge] = await nudgesOf(leader.id);
    expect(nudge).toMatchObject({
      kind: "QUESTIONS_WAITING",
      text: "2 questions have waited more than 48 hours for your answer.",
    });
  });
});
