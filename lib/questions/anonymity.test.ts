import { describe, expect, it } from "vitest";
import { createAmaSession } from "@/lib/ama/create-ama-session";
import { findAmaSession } from "@/lib/ama/find-ama-session";
import { listAmaSessions } from "@/lib/ama/list-ama-sessions";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { listNotifications } from "@/lib/notifications/list-notifications";
import { answerQuestion } from "@/lib/questions/answer-question";
import { askQuestion } from "@/lib/questions/ask-question";
import { closeQuestion } from "@/lib/questions/close-question";
import { findLeaderResponsiveness } from "@/lib/questions/find-leader-responsiveness";
import { findLeadershipResponsiveness } from "@/lib/questions/find-leadership-responsiveness";
import { findQuestion } from "@/lib/questions/find-question";
import { findQuestionsByIds } from "@/lib/questions/find-questions-by-ids";
import { handOverQuestion } from "@/lib/questions/hand-over-question";
import { hideQuestion } from "@/lib/questions/hide-question";
import { listQuestions } from "@/lib/questions/list-questions";
import { createLeader } from "@/lib/questions/question-factories";
import { reopenQuestion } from "@/lib/questions/reopen-question";
import { setQuestionVote } from "@/lib/questions/set-question-vote";
import { unhideQuestion } from "@/lib/questions/unhide-question";
import { updateQuestion } from "@/lib/questions/update-question";
import { withdrawQuestion } from "@/lib/questions/withdraw-question";
import { createUser } from "@/lib/test/factories";

/** Whatever a call returns or throws, as the JSON a browser would receive. */
async function seen(promise: Promise<unknown>): Promise<string> {
  try {
    return JSON.stringify(await promise);
  } catch (error) {
    return JSON.stringify({ error: String(error), ...(error as object) });
  }
}

describe("anonymity", () => {
  it("[ASK] ANONYMITY: nothing the CEO or an admin can read names an anonymous asker; only the asker sees it is theirs", async () => {
    const { user: ceo, actor: ceoActor } = await createLeader({ name: "Chief Executive" });
    const { actor: colleagueLeader } = await createLeader();
    const { actor: admin } = await createUser({ role: "ADMIN" });
    const { user: asker, actor: askerActor } = await createUser();
    const { actor: voter } = await createUser();
    const traces = [asker.id, asker.name, asker.handle, asker.email, asker.handle.replace(/^u-/, "")];

    const { id: toCeo } = await askQuestion(askerActor, {
      title: "Why was the bonus cut?",
      details: "Asking for **many** of us.",
      targetLeaderId: ceo.id,
      anonymous: true,
    });
    const { id: toAll } = await askQuestion(askerActor, {
      title: "Will the Antwerp office stay open?",
      anonymous: "on",
    });
    const ama = await createAmaSession(ceoActor, {
      title: "Ask Maria anything",
      startsAt: new Date().toISOString(),
      endsAt: new Date(Date.now() + 86_400_000).toISOString(),
    });
    const { id: inAma } = await askQuestion(askerActor, {
      title: "What keeps you up at night?",
      amaSessionId: ama.id,
      anonymous: true,
    });
    await setQuestionVote(voter, { questionId: toCeo, voted: true });
    await setQuestionVote(ceoActor, { questionId: toAll, voted: true });

    const reads = async (actor: Actor): Promise<[string, string][]> => {
      const labelled: [string, Promise<unknown>][] = [
        ["list by votes", listQuestions(actor, {})],
        ["list newest", listQuestions(actor, { sort: "newest" })],
        ["list unanswered", listQuestions(actor, { sort: "unanswered" })],
        ["list for the CEO", listQuestions(actor, { leaderId: ceo.id })],
        ["list answered", listQuestions(actor, { status: "ANSWERED" })],
        ["list of the AMA", listQuestions(actor, { amaSessionId: ama.id })],
        ["by ids", findQuestionsByIds(actor, { ids: [toCeo, toAll, inAma] })],
        ["question to the CEO", findQuestion(actor, { questionId: toCeo })],
        ["question to all", findQuestion(actor, { questionId: toAll })],
        ["question in the AMA", findQuestion(actor, { questionId: inAma })],
        ["leadership table", findLeadershipResponsiveness(actor, { waiting: 20 })],
        ["CEO's responsiveness", findLeaderResponsiveness(actor, { leaderId: ceo.id })],
        ["AMAs", listAmaSessions(actor, {})],
        ["the AMA", findAmaSession(actor, { amaSessionId: ama.id })],
        ["notifications", listNotifications(actor, {})],
        ["editing it", updateQuestion(actor, { questionId: toCeo, title: "Hijacked?" })],
        ["withdrawing it", withdrawQuestion(actor, { questionId: toCeo })],
        ["upvoting it", setQuestionVote(actor, { questionId: inAma, voted: true })],
      ];
      return Promise.all(labelled.map(async ([label, promise]) => [label, await seen(promise)] as [string, string]));
    };

    const check = (who: string, results: [string, string][]) => {
      for (const [label, json] of results) {
        for (const trace of traces) expect(json.includes(trace), `${who} · ${label} contains "${trace}"`).toBe(false);
        expect(json, `${who} · ${label}`).not.toContain('"isMine":true');
      }
    };

    // The CEO answers, hands over, closes and reopens; the admin hides and unhides. Every result and every read is clean.
    const acts: [string, string][] = [
      [
        "answering",
        await seen(
          answerQuestion(ceoActor, { questionId: toCeo, body: "Because of the **margin** squeeze. Here is the plan." }),
        ),
      ],
      ["handing over", await seen(handOverQuestion(ceoActor, { questionId: toAll, leaderId: colleagueLeader.id }))],
      ["closing", await seen(closeQuestion(ceoActor, { questionId: inAma, reason: "Covered at the town hall" }))],
      ["reopening", await seen(reopenQuestion(ceoActor, { questionId: inAma }))],
      ["hiding", await seen(hideQuestion(admin, { questionId: toAll, reason: "Needs rewording" }))],
    ];
    check("acting", acts);
    check("CEO", await reads(ceoActor));
    check("admin", await reads(admin));
    check("colleague leader", await reads(colleagueLeader));
    check("admin after unhiding", [
      ["unhiding", await seen(unhideQuestion(admin, { questionId: toAll }))],
      ...(await reads(admin)),
    ]);

    // The CEO really was told, with no actor; the audit trail of the hide names the moderator only.
    const ceoNotifications = await db.notification.findMany({
      where: { recipientId: ceo.id, questionId: { in: [toCeo, toAll, inAma] } },
      select: { type: true, actorId: true },
    });
    expect(ceoNotifications.length).toBeGreaterThanOrEqual(2);
    expect(ceoNotifications.every((n) => n.actorId === null)).toBe(true);
    const audit = await db.auditEntry.findMany({ where: { targetType: "Question", targetId: toAll } });
    for (const trace of traces) expect(JSON.stringify(audit)).not.toContain(trace);

    // The asker alone sees "you asked this", in lists and on the page, and may act on it.
    const mine = await listQuestions(askerActor, { sort: "newest" });
    const flags = new Map(mine.items.map((question) => [question.id, question.isMine]));
    expect([flags.get(toCeo), flags.get(toAll), flags.get(inAma)]).toEqual([true, true, true]);
    const own = await findQuestion(askerActor, { questionId: toAll });
    expect(own.question).toMatchObject({ isMine: true, asker: null, isAnonymous: true, body: "" });
    expect(own.abilities).toMatchObject({ canEdit: true, canWithdraw: true, canVote: false });
    expect((await findQuestion(askerActor, { questionId: toCeo })).abilities).toMatchObject({
      canEdit: false,
      canWithdraw: false,
    });
    // The answer reached the anonymous asker, from the CEO, by a row that does not name the question.
    const told = await db.notification.findMany({
      where: { recipientId: asker.id, type: "QUESTION_ANSWERED" },
      select: { questionId: true, actorId: true },
    });
    expect(told).toContainEqual({ questionId: null, actorId: ceo.id });
    expect(told.every((row) => row.questionId === null)).toBe(true);
  });
});
