import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { insertShow } from "@/lib/live-shows/test-fixtures";
import { askQuestion } from "@/lib/questions/ask-question";
import { listQuestions } from "@/lib/questions/list-questions";
import { setQuestionVote } from "@/lib/questions/set-question-vote";
import { createUser } from "@/lib/test/factories";

describe("questions for a live show", () => {
  it("[SHOWS] questions asked for a show go to its host, list sorted by votes, and keep anonymity exactly", async () => {
    const { user: host, actor: hostActor } = await createUser({ role: "LEADER" });
    const show = await insertShow(host.id);
    const { actor: named } = await createUser();
    const { actor: secret } = await createUser();
    const { actor: voter } = await createUser();

    const first = await askQuestion(named, { title: "What are you proud of?", liveShowId: show.id });
    const second = await askQuestion(secret, { title: "Will there be a bonus?", anonymous: "on", liveShowId: show.id });
    await setQuestionVote(voter, { questionId: second.id, voted: true });
    const elsewhere = await askQuestion(named, { title: "Not for the show" });

    const page = await listQuestions(hostActor, { liveShowId: show.id, sort: "votes" });
    expect(page.items.map((question) => question.id)).toEqual([second.id, first.id]);
    expect(page.items.some((question) => question.id === elsewhere.id)).toBe(false);
    const anonymous = page.items[0]!;
    expect(anonymous).toMatchObject({
      isAnonymous: true,
      asker: null,
      isMine: false,
      target: expect.objectContaining({ id: host.id }),
    });
    // Nothing that leaves the server names the asker: not the view, not the host's notification.
    expect(JSON.stringify(page)).not.toContain(secret.id);
    const note = await db.notification.findFirstOrThrow({ where: { questionId: second.id, recipientId: host.id } });
    expect(note.actorId).toBeNull();
    // Only the asker learns it is theirs.
    const forAsker = await listQuestions(secret, { liveShowId: show.id });
    expect(forAsker.items.find((question) => question.id === second.id)).toMatchObject({ isMine: true, asker: null });
  });

  it("[SHOWS] the host cannot ask their own show; an ended or cancelled show takes no questions", async () => {
    const { user: host, actor: hostActor } = await createUser({ role: "LEADER" });
    const { actor } = await createUser();
    const show = await insertShow(host.id);
    await expect(askQuestion(hostActor, { title: "Me?", liveShowId: show.id })).rejects.toMatchObject({
      code: "BAD_INPUT",
    });
    for (const status of ["ENDED", "CANCELLED"] as const) {
      const over = await insertShow(host.id, { status });
      await expect(askQuestion(actor, { title: "Too late?", liveShowId: over.id })).rejects.toMatchObject({
        code: "BAD_INPUT",
        message: expect.stringMatching(/over/),
      });
    }
    await expect(askQuestion(actor, { title: "Where?", liveShowId: "missing" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
