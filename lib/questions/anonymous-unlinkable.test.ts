import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listNotifications } from "@/lib/notifications/list-notifications";
import { askedBy, askerKeyOf } from "@/lib/privacy/asker-key";
import { answerQuestion } from "@/lib/questions/answer-question";
import { askQuestion } from "@/lib/questions/ask-question";
import { findQuestion } from "@/lib/questions/find-question";
import { hideQuestion } from "@/lib/questions/hide-question";
import { createLeader } from "@/lib/questions/question-factories";
import { setQuestionVote } from "@/lib/questions/set-question-vote";
import { updateQuestion } from "@/lib/questions/update-question";
import { createUser } from "@/lib/test/factories";
import { findValues } from "@/lib/test/scan-tables";

const personal = (user: { id: string; email: string; handle: string }) => [user.id, user.email, user.handle];

describe("anonymous questions in the database", () => {
  it("[ASK] ANONYMITY: after an anonymous question is asked, voted on and edited, no table holds the asker's id, email or handle anywhere new", async () => {
    const { actor: leader } = await createLeader();
    const { user: asker, actor: askerActor } = await createUser();
    const { actor: voter } = await createUser();
    const before = await findValues(personal(asker));

    const { id } = await askQuestion(askerActor, {
      title: "Is the Antwerp office closing?",
      anonymous: "on",
      targetLeaderId: leader.id,
    });
    await setQuestionVote(voter, { questionId: id, voted: true });
    await updateQuestion(askerActor, { questionId: id, title: "Is the Antwerp office closing next year?" });

    // The asker's own id, email and handle appear exactly where they did before (their user row, and nothing else).
    expect(await findValues(personal(asker))).toEqual(before);
    expect(before.map((s) => s.table)).toEqual(["User", "User", "User"]);

    // What is stored instead is a keyed hash: it is the asker's only with the secret outside the database.
    const row = await db.question.findUniqueOrThrow({ where: { id }, omit: { askerKey: false } });
    expect(row.askerKey).toBe(askerKeyOf(asker.id));
    expect(row.askerKey).not.toContain(asker.id);
    const { question } = await findQuestion(askerActor, { questionId: id });
    expect(question.isMine).toBe(true);
    expect((await findQuestion(voter, { questionId: id })).question.isMine).toBe(false);
  });

  it("[ASK] ANONYMITY: the answer and the hiding reach the asker through rows that do not name the question", async () => {
    const { actor: leader } = await createLeader();
    const { actor: moderator } = await createUser({ role: "ADMIN" });
    const { user: asker, actor: askerActor } = await createUser();
    const { id } = await askQuestion(askerActor, { title: "Why was the bonus cut?", anonymous: "on" });

    await answerQuestion(leader, { questionId: id, body: "Because of the year we had." });
    await hideQuestion(moderator, { questionId: id, reason: "Testing the path" });

    // The asker was told twice; neither row carries the question's id or a group key naming it.
    const rows = await db.notification.findMany({
      where: { recipientId: asker.id },
      select: { type: true, questionId: true, groupKey: true },
      orderBy: { createdAt: "asc" },
    });
    expect(rows.map((row) => row.type)).toEqual(["QUESTION_ANSWERED", "QUESTION_HIDDEN"]);
    for (const row of rows) {
      expect(row.questionId).toBeNull();
      expect(row.groupKey).not.toContain(id);
    }
    // The only new sightings of the asker are those two rows' recipient, nothing on the question.
    const sightings = await findValues(personal(asker));
    expect(sightings.filter((s) => s.table !== "User")).toEqual([
      { table: "Notification", column: "recipientId", value: asker.id, rows: 2 },
    ]);
    // They read as theirs and lead to the questions board, where the question is marked "You asked this".
    const page = await listNotifications(askerActor, {});
    expect(page.items.map((item) => item.href)).toEqual(["/ask", "/ask"]);
    expect(page.items[0]!.excerpt).toMatch(/anonymous question/);
  });

  it("[ASK] ANONYMITY: the key depends on the secret: the same database under another secret finds nobody's questions", async () => {
    const { user: asker, actor: askerActor } = await createUser();
    const { id } = await askQuestion(askerActor, { title: "Who decides the rota?", anonymous: "on" });
    expect(await db.question.count({ where: { id, ...askedBy(asker.id) } })).toBe(1);
    const previous = process.env.HEARTH_ANON_SECRET;
    try {
      // The key module caches the secret: a fresh module instance reads the new one.
      process.env.HEARTH_ANON_SECRET = "another-secret-another-secret-another-secret";
      const { vi } = await import("vitest");
      vi.resetModules();
      const fresh = await import("@/lib/privacy/asker-key");
      expect(await db.question.count({ where: { id, ...fresh.askedBy(asker.id) } })).toBe(0);
    } finally {
      process.env.HEARTH_ANON_SECRET = previous;
    }
  });
});
