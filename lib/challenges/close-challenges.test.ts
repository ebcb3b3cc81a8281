import { describe, expect, it } from "vitest";
import { closeChallengeNow } from "@/lib/challenges/close-challenge-now";
import { closeDueChallenges } from "@/lib/challenges/close-challenges";
import { findChallenge } from "@/lib/challenges/find-challenge";
import { setChallengeVote } from "@/lib/challenges/set-challenge-vote";
import { insertChallenge, insertEntry } from "@/lib/challenges/test-fixtures";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createUser } from "@/lib/test/factories";

/** A challenge in its voting window with three entries that get 3, 3 and 1 votes (a tie for first place). */
async function runningChallenge() {
  const { user: creator, actor: creatorActor } = await createUser({ role: "LEADER" });
  const challenge = await insertChallenge(creator.id, "voting", { votesPerPerson: 3 });
  const cooks = await Promise.all([createUser(), createUser(), createUser()]);
  const entries = await Promise.all(cooks.map(({ user }) => insertEntry(challenge.id, user.id)));
  const voters = await Promise.all([createUser(), createUser(), createUser()]);
  for (const [index, { actor }] of voters.entries()) {
    await setChallengeVote(actor, { entryId: entries[0]!.id, voted: true });
    await setChallengeVote(actor, { entryId: entries[1]!.id, voted: true });
    if (index === 0) await setChallengeVote(actor, { entryId: entries[2]!.id, voted: true });
  }
  return { challenge, creatorActor, cooks, entries };
}

const endVoting = (challengeId: string) =>
  db.challenge.update({ where: { id: challengeId }, data: { votingEndsAt: new Date(Date.now() - 1000) } });

describe("closing challenges", () => {
  it("[CHALLENGES] at the end of voting, ranks are set and the winners are announced once as a moment of pride, tagged and notified", async () => {
    const { challenge, cooks, entries } = await runningChallenge();
    await endVoting(challenge.id);
    await closeDueChallenges(db);

    const closed = await db.challenge.findUniqueOrThrow({
      where: { id: challenge.id },
      include: { announcementPost: { include: { prideTags: true } } },
    });
    expect(closed.closedAt).not.toBeNull();
    const ranks = await db.challengeEntry.findMany({
      where: { challengeId: challenge.id },
      select: { id: true, rank: true },
    });
    expect(new Map(ranks.map((entry) => [entry.id, entry.rank]))).toEqual(
      new Map([
        [entries[0]!.id, 1],
        [entries[1]!.id, 1],
        [entries[2]!.id, 3],
      ]),
    );
    const post = closed.announcementPost!;
    expect(post).toMatchObject({ kind: "PRIDE", authorId: challenge.creatorId });
    expect(post.body).toContain("3 votes");
    expect(post.bodyHtml).toContain(`/people/${cooks[0]!.user.handle}`);
    expect(post.prideTags.map((tag) => tag.userId).sort()).toEqual([cooks[0]!.user.id, cooks[1]!.user.id].sort());
    const won = await db.notification.findMany({
      where: { challengeId: challenge.id, type: "CHALLENGE_WON" },
      select: { recipientId: true },
    });
    expect(won.map((row) => row.recipientId).sort()).toEqual([cooks[0]!.user.id, cooks[1]!.user.id].sort());

    // After the close the counts and ranks are public.
    const detail = await findChallenge(cooks[2]!.actor, { slug: challenge.slug });
    expect(detail.entries.map((entry) => [entry.voteCount, entry.rank])).toEqual([
      [3, 1],
      [3, 1],
      [1, 3],
    ]);
  });

  it("[CHALLENGES] RACE: two servers closing at once, then a later tick, announce exactly once", async () => {
    const { challenge } = await runningChallenge();
    await endVoting(challenge.id);
    await Promise.all([closeDueChallenges(db), closeDueChallenges(db), closeDueChallenges(db)]);
    await closeDueChallenges(db);
    expect(await db.post.count({ where: { kind: "PRIDE", challengeAnnouncement: { id: challenge.id } } })).toBe(1);
    expect(await db.post.count({ where: { kind: "PRIDE", authorId: challenge.creatorId } })).toBe(1);
    expect(await db.notification.count({ where: { challengeId: challenge.id, type: "CHALLENGE_WON" } })).toBe(2);
  });

  it("[CHALLENGES] a challenge still in voting is left alone; one without votes closes without an announcement", async () => {
    const { challenge } = await runningChallenge();
    const { user: creator } = await createUser({ role: "LEADER" });
    const quiet = await insertChallenge(creator.id, "ended");
    await insertEntry(quiet.id, (await createUser()).user.id);
    await closeDueChallenges(db);
    expect((await db.challenge.findUniqueOrThrow({ where: { id: challenge.id } })).closedAt).toBeNull();
    const closedQuiet = await db.challenge.findUniqueOrThrow({ where: { id: quiet.id } });
    expect(closedQuiet.closedAt).not.toBeNull();
    expect(closedQuiet.announcementPostId).toBeNull();
  });

  it("[CHALLENGES] the creator or an admin can end voting early; anyone else is refused", async () => {
    const { challenge, creatorActor, cooks } = await runningChallenge();
    const refused = await closeChallengeNow(cooks[0]!.actor, { challengeId: challenge.id }).catch(
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({ code: "FORBIDDEN" });
    const { actor: leader } = await createUser({ role: "LEADER" });
    expect(
      await closeChallengeNow(leader, { challengeId: challenge.id }).catch((error: unknown) => error),
    ).toMatchObject({ code: "FORBIDDEN" });

    await closeChallengeNow(creatorActor, { challengeId: challenge.id });
    const closed = await db.challenge.findUniqueOrThrow({ where: { id: challenge.id } });
    expect(closed.closedAt).not.toBeNull();
    expect(closed.announcementPostId).not.toBeNull();
    expect(closed.votingEndsAt.getTime()).toBeLessThanOrEqual(Date.now());
    expect(
      await closeChallengeNow(creatorActor, { challengeId: challenge.id }).catch((error: unknown) => error),
    ).toMatchObject({ code: "CONFLICT" });

    const second = await runningChallenge();
    const { actor: admin } = await createUser({ role: "ADMIN" });
    await closeChallengeNow(admin, { challengeId: second.challenge.id });
    expect(
      (await db.challenge.findUniqueOrThrow({ where: { id: second.challenge.id } })).announcementPostId,
    ).not.toBeNull();
  });
});
