import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { answerQuestion } from "@/lib/questions/answer-question";
import { askQuestion } from "@/lib/questions/ask-question";
import { closeQuestion } from "@/lib/questions/close-question";
import { findQuestion } from "@/lib/questions/find-question";
import { handOverQuestion } from "@/lib/questions/hand-over-question";
import { listQuestions } from "@/lib/questions/list-questions";
import { createLeader, insertQuestion } from "@/lib/questions/question-factories";
import { reopenQuestion } from "@/lib/questions/reopen-question";
import { updateQuestion } from "@/lib/questions/update-question";
import { withdrawQuestion } from "@/lib/questions/withdraw-question";
import { createUser } from "@/lib/test/factories";
import { askerKeyOf } from "@/lib/privacy/asker-key";

const rowOf = (id: string) => db.question.findUniqueOrThrow({ where: { id } });

describe("question lifecycle", () => {
  it("[ASK] the asker edits an open question (marked edited) and nobody else can; mass-assigned fields are ignored", async () => {
    const { actor: askerActor } = await createUser();
    const { actor: other } = await createUser();
    const { actor: leader } = await createLeader();
    const { id } = await askQuestion(askerActor, { title: "Typo in this quesiton?", anonymous: true });

    for (const stranger of [other, leader]) {
      await expect(updateQuestion(stranger, { questionId: id, title: "Taken over" })).rejects.toMatchObject({
        code: "NOT_FOUND",
        message: "That question does not exist or is not yours to edit.",
      });
    }
    await updateQuestion(askerActor, {
      questionId: id,
      title: "Typo in this question?",
      details: "Now with *details*.",
      status: "ANSWERED",
      voteCount: 50,
      isAnonymous: false,
      askerId: other.id,
    });
    const row = await db.question.findUniqueOrThrow({ where: { id }, omit: { askerKey: false } });
    expect(row).toMatchObject({
      title: "Typo in this question?",
      body: "Now with *details*.",
      bodyHtml: "<p>Now with <em>details</em>.</p>\n",
      status: "OPEN",
      voteCount: 0,
      isAnonymous: true,
      askerKey: askerKeyOf(askerActor.id),
    });
    expect(row.editedAt).toBeInstanceOf(Date);

    await answerQuestion(leader, { questionId: id, body: "Answered." });
    await expect(
      updateQuestion(askerActor, { questionId: id, title: "Changed after the answer?" }),
    ).rejects.toMatchObject({
      code: "BAD_INPUT",
      message: "Only open questions can be edited: this one has been answered or closed.",
    });
  });

  it("[ASK] the asker withdraws an unanswered question and it vanishes for everyone; an answered one stays", async () => {
    const { actor: askerActor } = await createUser();
    const { actor: reader } = await createUser();
    const { actor: leader } = await createLeader();
    const { id } = await askQuestion(askerActor, { title: "Never mind?", anonymous: true });
    await expect(withdrawQuestion(reader, { questionId: id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.notification.count({ where: { questionId: id } })).toBeGreaterThan(0);
    await withdrawQuestion(askerActor, { questionId: id });
    expect((await rowOf(id)).withdrawnAt).toBeInstanceOf(Date);
    expect(await db.notification.count({ where: { questionId: id } })).toBe(0);
    for (const actor of [reader, askerActor]) {
      await expect(findQuestion(actor, { questionId: id })).rejects.toMatchObject({ code: "NOT_FOUND" });
      expect((await listQuestions(actor, { sort: "newest", limit: 50 })).items.map((q) => q.id)).not.toContain(id);
    }

    const { id: answered } = await askQuestion(askerActor, { title: "Keep this one?" });
    await answerQuestion(leader, { questionId: answered, body: "Kept." });
    await expect(withdrawQuestion(askerActor, { questionId: answered })).rejects.toMatchObject({ code: "BAD_INPUT" });
    expect((await rowOf(answered)).withdrawnAt).toBeNull();
  });

  it("[ASK] a leader closes with a reason and reopens; reopening returns to answered or open; employees cannot", async () => {
    const { user: asker } = await createUser();
    const { actor: employee } = await createUser();
    const { actor: leader } = await createLeader();
    const open = await insertQuestion(asker.id);
    await expect(closeQuestion(employee, { questionId: open.id, reason: "Nope" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(closeQuestion(leader, { questionId: open.id, reason: " " })).rejects.toMatchObject({
      fieldErrors: { reason: "Give a reason for closing it (at least 3 characters)" },
    });
    await closeQuestion(leader, { questionId: open.id, reason: "Answered at the town hall on Friday" });
    expect(await rowOf(open.id)).toMatchObject({
      status: "CLOSED",
      closedReason: "Answered at the town hall on Friday",
    });
    await expect(closeQuestion(leader, { questionId: open.id, reason: "Again" })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await reopenQuestion(leader, { questionId: open.id });
    expect(await rowOf(open.id)).toMatchObject({ status: "OPEN", closedReason: "" });

    await answerQuestion(leader, { questionId: open.id, body: "Here it is." });
    await closeQuestion(leader, { questionId: open.id, reason: "Done and dusted" });
    await reopenQuestion(leader, { questionId: open.id });
    expect((await rowOf(open.id)).status).toBe("ANSWERED");
  });

  it("[ASK] a leader hands a question to a colleague leader, who is notified; only to leaders, only by whoever holds it", async () => {
    const { user: asker } = await createUser();
    const { user: maria, actor: mariaActor } = await createLeader();
    const { user: thomas } = await createLeader();
    const { actor: sanne } = await createLeader();
    const { user: employee } = await createUser();
    const question = await insertQuestion(asker.id, { targetLeaderId: maria.id });

    await expect(handOverQuestion(sanne, { questionId: question.id, leaderId: thomas.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      handOverQuestion(mariaActor, { questionId: question.id, leaderId: employee.id }),
    ).rejects.toMatchObject({ fieldErrors: { leaderId: "Choose a leader from the list" } });
    await expect(handOverQuestion(mariaActor, { questionId: question.id, leaderId: maria.id })).rejects.toMatchObject({
      code: "BAD_INPUT",
    });

    await handOverQuestion(mariaActor, { questionId: question.id, leaderId: thomas.id });
    expect((await rowOf(question.id)).targetLeaderId).toBe(thomas.id);
    expect(
      await db.notification.findMany({
        where: { questionId: question.id },
        select: { recipientId: true, type: true, actorId: true },
      }),
    ).toEqual([{ recipientId: thomas.id, type: "QUESTION_HANDED_OVER", actorId: maria.id }]);
    // A leadership-wide question can be handed over by any leader.
    const everyone = await insertQuestion(asker.id);
    await handOverQuestion(sanne, { questionId: everyone.id, leaderId: maria.id });
    expect((await rowOf(everyone.id)).targetLeaderId).toBe(maria.id);
  });

  it("[ASK] the list sorts by votes, newest and unanswered (oldest open first), filters by leader and status, and pages without gaps", async () => {
    const { actor: reader } = await createUser();
    const { user: asker } = await createUser();
    const { user: leader, actor: leaderActor } = await createLeader();
    const base = Date.now() - 10 * 3_600_000;
    const made: { id: string; createdAt: Date }[] = [];
    for (let i = 0; i < 7; i++) {
      made.push(
        await insertQuestion(asker.id, {
          targetLeaderId: leader.id,
          createdAt: new Date(base + i * 60_000),
          voteCount: i % 3,
        }),
      );
    }
    await answerQuestion(leaderActor, { questionId: made[0]!.id, body: "First one answered." });
    const other = await insertQuestion(asker.id, { createdAt: new Date(base) });
    await answerQuestion(leaderActor, { questionId: other.id, body: "Answered a leadership-wide one." });

    const walk = async (input: Record<string, unknown>) => {
      const ids: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await listQuestions(reader, { ...input, leaderId: leader.id, limit: 3, cursor });
        ids.push(...page.items.map((q) => q.id));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return ids;
    };
    const ours = [...made, other];
    const byNewest = [...ours]
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (b.id < a.id ? -1 : 1))
      .map((q) => q.id);
    expect(await walk({ sort: "newest" })).toEqual(byNewest);
    const votes = await walk({ sort: "votes" });
    expect(new Set(votes)).toEqual(new Set(ours.map((q) => q.id)));
    expect(votes.slice(0, 2).sort()).toEqual([made[2]!.id, made[5]!.id].sort());
    expect(await walk({ sort: "unanswered" })).toEqual(made.slice(1).map((q) => q.id));
    expect(await walk({ sort: "newest", status: "ANSWERED" })).toEqual(
      byNewest.filter((id) => id === made[0]!.id || id === other.id),
    );
    // A bad sort or status from a URL falls back instead of failing the page.
    await expect(listQuestions(reader, { sort: "sideways", status: "MAYBE" })).resolves.toMatchObject({
      items: expect.any(Array),
    });
  });
});
