import { describe, expect, it } from "vitest";
import { countQueries, createActionItemRow } from "@/lib/action-items/test-fixtures";
import { insertChallenge } from "@/lib/challenges/test-fixtures";
import { addMemberRow, createCommunityRow } from "@/lib/communities/test-fixtures";
import { db } from "@/lib/db";
import { findNow } from "@/lib/home/find-now";
import { createLeader, insertQuestion } from "@/lib/questions/question-factories";
import { createPost, createUser } from "@/lib/test/factories";

const minutesFromNow = (minutes: number) => new Date(Date.now() + minutes * 60_000);

describe("findNow", () => {
  it("[HOME] lists my open action items only, due soonest first, with the count", async () => {
    const { user: leader } = await createLeader();
    const { user: me, actor } = await createUser();
    const { user: other } = await createUser();
    const later = await createActionItemRow(leader.id, [me.id], { dueDate: minutesFromNow(60 * 24 * 9) });
    const sooner = await createActionItemRow(leader.id, [me.id], { dueDate: minutesFromNow(60 * 24 * 2) });
    await createActionItemRow(leader.id, [me.id], { status: "DONE" });
    await createActionItemRow(leader.id, [other.id]);

    const now = await findNow(actor, {});
    expect(now.actions.openCount).toBe(2);
    expect(now.actions.items.map((item) => item.id)).toEqual([sooner.id, later.id]);
    expect(now.actions.items[0]?.assignedBy).toBe(leader.name);
  });

  it("[HOME] the question I upvoted follows its answer; a hidden one drops out", async () => {
    const { user: asker } = await createUser();
    const { user: leader } = await createLeader();
    const { user: me, actor } = await createUser();
    const question = await insertQuestion(asker.id, { voteCount: 1 });
    await db.questionVote.create({ data: { questionId: question.id, userId: me.id } });
    expect((await findNow(actor, {})).answers.upvoted).toMatchObject({ id: question.id, answeredAt: null });

    await db.answer.create({
      data: { questionId: question.id, authorId: leader.id, body: "Yes.", bodyHtml: "<p>Yes.</p>" },
    });
    await db.question.update({
      where: { id: question.id },
      data: { status: "ANSWERED", firstAnsweredAt: new Date(), firstAnswererId: leader.id },
    });
    const answered = await findNow(actor, {});
    expect(answered.answers.upvoted).toMatchObject({ id: question.id, answeredBy: leader.name });
    expect(answered.answers.countThisWeek).toBeGreaterThanOrEqual(1);
    expect(answered.answers.latest.map((q) => q.id)).toContain(question.id);

    await db.question.update({ where: { id: question.id }, data: { hiddenAt: new Date(), hiddenReason: "Off topic" } });
    const hidden = await findNow(actor, {});
    expect(hidden.answers.upvoted).toBeNull();
    expect(hidden.answers.latest.map((q) => q.id)).not.toContain(question.id);
  });

  it("[HOME] a secret community's challenge and pride reach its members only, and it is never suggested", async () => {
    const secret = await createCommunityRow("SECRET");
    const { user: member, actor: memberActor } = await createUser();
    const { actor: outsider } = await createUser();
    await addMemberRow(secret.id, member);
    const { user: creator } = await createLeader();
    // Ends before any other running challenge, so it is the member's "running challenge".
    const challenge = await insertChallenge(creator.id, "voting", {
      communityId: secret.id,
      votingEndsAt: minutesFromNow(1),
    });
    const { user: author } = await createUser();
    await createPost(author.id, { kind: "PRIDE", communityId: secret.id });

    const forMember = await findNow(memberActor, {});
    expect(forMember.challenge).toMatchObject({ slug: challenge.slug, phase: "voting" });
    expect(forMember.pride.authors.map((person) => person.handle)).toContain(author.handle);

    const forOutsider = await findNow(outsider, {});
    expect(forOutsider.challenge?.slug).not.toBe(challenge.slug);
    expect(forOutsider.pride.authors.map((person) => person.handle)).not.toContain(author.handle);
    expect(forOutsider.pride.countThisWeek).toBe(forMember.pride.countThisWeek - 1);
    expect(forOutsider.suggestion?.slug).not.toBe(secret.slug);
  });

  it("[HOME] suggests a public community I am not in", async () => {
    const open = await createCommunityRow("PUBLIC");
    await db.community.update({ where: { id: open.id }, data: { lastActivityAt: minutesFromNow(60) } });
    const { user: me, actor } = await createUser();
    expect((await findNow(actor, {})).suggestion?.slug).toBe(open.slug);
    await addMemberRow(open.id, me);
    expect((await findNow(actor, {})).suggestion?.slug).not.toBe(open.slug);
    await db.community.update({ where: { id: open.id }, data: { lastActivityAt: new Date() } });
  });

  it("[HOME] costs the same number of statements however much there is to show", async () => {
    const { user: leader } = await createLeader();
    const { user: me, actor } = await createUser();
    const before = await countQueries(() => findNow(actor, {}));
    for (let index = 0; index < 6; index += 1) await createActionItemRow(leader.id, [me.id]);
    for (let index = 0; index < 6; index += 1) {
      const question = await insertQuestion(leader.id, { firstAnsweredAt: new Date(), status: "ANSWERED" });
      await db.answer.create({
        data: { questionId: question.id, authorId: leader.id, body: "A", bodyHtml: "<p>A</p>" },
      });
    }
    expect(await countQueries(() => findNow(actor, {}))).toBe(before);
  });
});
