import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createUser } from "@/lib/test/factories";
import { seedActionItems } from "@/prisma/seed/action-items";
import { askerKeyOf } from "@/lib/privacy/asker-key";

const PEOPLE = [
  "maria",
  "thomas",
  "jan",
  "kees",
  "lotte",
  "sanne",
  "emma",
  "julia",
  "claire",
  "lukas",
  "freja",
  "milan",
];
class Rollback extends Error {}

describe("seedActionItems", () => {
  it("[ACTIONS] demo items in every status, one overdue, the rota item from the CEO's answer with its history (rolled back)", async () => {
    const ids = new Map<string, string>();
    for (const key of PEOPLE)
      ids.set(key, (await createUser({ name: `${key[0]!.toUpperCase()}${key.slice(1)} Demo` })).user.id);

    let checked = false;
    await db
      .$transaction(
        async (tx) => {
          const question = await tx.question.create({
            data: { askerKey: askerKeyOf(ids.get("milan")!), title: "Can we get a fairer weekend rota in Rotterdam?" },
          });
          const answer = await tx.answer.create({
            data: { questionId: question.id, authorId: ids.get("maria")!, body: "Yes", bodyHtml: "<p>Yes</p>" },
          });
          const post = await tx.post.create({
            data: {
              authorId: ids.get("lotte")!,
              body: "Heard from a buyer today",
              bodyHtml: "<p>Heard from a buyer today</p>",
            },
          });

          await seedActionItems(tx, ids);

          const items = await tx.actionItem.findMany({
            where: { assignerId: { in: [...ids.values()] } },
            include: { assignees: true, updates: { orderBy: { createdAt: "asc" } } },
          });
          const byTitle = new Map(items.map((item) => [item.title, item]));
          expect(new Set(items.map((item) => item.status))).toEqual(
            new Set(["OPEN", "IN_PROGRESS", "DONE", "DECLINED"]),
          );

          const rota = byTitle.get("Review the weekend rota")!;
          expect(rota).toMatchObject({ status: "IN_PROGRESS", assignerId: ids.get("maria"), answerId: answer.id });
          expect(rota.assignees.map((a) => a.userId)).toEqual([ids.get("kees")]);
          const daysToDue = (rota.dueDate!.getTime() - Date.now()) / 86_400_000;
          expect(daysToDue).toBeGreaterThan(18);
          expect(daysToDue).toBeLessThan(20);
          expect(rota.updates.filter((u) => !u.toStatus && u.body)).toHaveLength(2);
          expect(rota.updates.every((u) => u.createdAt >= rota.createdAt)).toBe(true);

          expect(byTitle.get("Collect the top 3 buyer objections")).toMatchObject({
            status: "OPEN",
            assignerId: ids.get("jan"),
            postId: post.id,
          });
          const done = byTitle.get("Publish the new packing checklist")!;
          expect(done).toMatchObject({ status: "DONE", assignerId: ids.get("thomas") });
          expect(Math.round((Date.now() - done.completedAt!.getTime()) / 86_400_000)).toBe(3);
          const declined = items.find((item) => item.status === "DECLINED")!;
          expect(declined.assignerId).toBe(ids.get("emma"));
          expect(declined.assignees.map((a) => a.userId)).toEqual([ids.get("julia")]);
          expect(declined.declineReason.length).toBeGreaterThan(20);
          const overdue = items.filter((item) => item.status === "OPEN" && item.dueDate && item.dueDate < new Date());
          expect(overdue.map((item) => [item.assignerId, item.assignees[0]?.userId])).toEqual([
            [ids.get("sanne"), ids.get("claire")],
          ]);

          // Every item has a first history entry, and its assignees were told.
          expect(
            items.every((item) => item.updates[0]?.toStatus === "OPEN" && item.updates[0]?.fromStatus === null),
          ).toBe(true);
          expect(
            await tx.notification.count({
              where: { actionItemId: rota.id, type: "ACTION_ASSIGNED", recipientId: ids.get("kees") },
            }),
          ).toBe(1);
          checked = true;
          throw new Rollback();
        },
        { timeout: 180_000 },
      )
      .catch((error: unknown) => {
        if (!(error instanceof Rollback)) throw error;
      });
    expect(checked).toBe(true);
  });

  it("[ACTIONS] without Lotte's buyer post, the objections item is made without a source", async () => {
    const ids = new Map<string, string>();
    for (const key of PEOPLE) ids.set(key, (await createUser()).user.id);
    await db
      .$transaction(
        async (tx) => {
          await seedActionItems(tx, ids);
          const objections = await tx.actionItem.findFirstOrThrow({ where: { assignerId: ids.get("jan") } });
          expect(objections).toMatchObject({
            title: "Collect the top 3 buyer objections",
            postId: null,
            status: "OPEN",
          });
          throw new Rollback();
        },
        { timeout: 180_000 },
      )
      .catch((error: unknown) => {
        if (!(error instanceof Rollback)) throw error;
      });
  });
});
