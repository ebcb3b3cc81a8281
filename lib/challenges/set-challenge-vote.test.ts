import { describe, expect, it } from "vitest";
import { findChallenge } from "@/lib/challenges/find-challenge";
import { listChallenges } from "@/lib/challenges/list-challenges";
import { setChallengeVote } from "@/lib/challenges/set-challenge-vote";
import { insertChallenge, insertCommunity, insertEntry } from "@/lib/challenges/test-fixtures";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createUser } from "@/lib/test/factories";

const rows = (entryId: string) => db.challengeVote.count({ where: { entryId } });
const countOf = async (entryId: string) =>
  (await db.challengeEntry.findUniqueOrThrow({ where: { id: entryId } })).voteCount;

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("setChallengeVote", () => {
  it("[CHALLENGES] a vote counts once, can be taken back, and one's own entry is refused with a clear message", async () => {
    const { user: creator } = await createUser({ role: "LEADER" });
    const { actor: voter } = await createUser();
    const { user: cook } = await createUser();
    const challenge = await insertChallenge(creator.id, "voting", { votesPerPerson: 2 });
    const theirs = await insertEntry(challenge.id, cook.id);
    const mine = await insertEntry(challenge.id, voter.id);

    expect(await setChallengeVote(voter, { entryId: theirs.id, voted: true })).toEqual({
      voted: true,
      votesUsed: 1,
      votesLeft: 1,
    });
    expect([await rows(theirs.id), await countOf(theirs.id)]).toEqual([1, 1]);
    expect(await refusal(setChallengeVote(voter, { entryId: mine.id, voted: true }))).toMatchObject({
      code: "FORBIDDEN",
      message: "You cannot vote for your own entry.",
    });
    expect(await rows(mine.id)).toBe(0);
    expect(await setChallengeVote(voter, { entryId: theirs.id, voted: false })).toEqual({
      voted: false,
      votesUsed: 0,
      votesLeft: 2,
    });
    expect([await rows(theirs.id), await countOf(theirs.id)]).toEqual([0, 0]);
  });

  it.each([
    ["before voting opens", "entries", "Voting has not opened yet."],
    ["after voting closed", "ended", "Voting has closed for this challenge."],
  ] as const)("[CHALLENGES] a vote %s is refused", async (_label, window, message) => {
    const { user: creator } = await createUser({ role: "LEADER" });
    const { actor: voter } = await createUser();
    const { user: cook } = await createUser();
    const challenge = await insertChallenge(creator.id, window);
    const entry = await insertEntry(challenge.id, cook.id);
    expect(await refusal(setChallengeVote(voter, { entryId: entry.id, voted: true }))).toMatchObject({
      code: "CONFLICT",
      message,
    });
    expect(await rows(entry.id)).toBe(0);
  });

  it("[CHALLENGES] RACE: 50 parallel identical votes leave one row and a count of 1", async () => {
    const { user: creator } = await createUser({ role: "LEADER" });
    const { actor: voter } = await createUser();
    const { user: cook } = await createUser();
    const challenge = await insertChallenge(creator.id, "voting");
    const entry = await insertEntry(challenge.id, cook.id);
    const results = await Promise.allSettled(
      Array.from({ length: 50 }, () => setChallengeVote(voter, { entryId: entry.id, voted: true })),
    );
    expect(results.every((result) => result.status === "fulfilled")).toBe(true);
    expect([await rows(entry.id), await countOf(entry.id)]).toEqual([1, 1]);
  });

  it("[CHALLENGES] RACE: parallel votes on 8 different entries never pass votesPerPerson (3); the rest are refused", async () => {
    const { user: creator } = await createUser({ role: "LEADER" });
    const { actor: voter } = await createUser();
    const challenge = await insertChallenge(creator.id, "voting", { votesPerPerson: 3 });
    const entries = await Promise.all(
      Array.from({ length: 8 }, async () => insertEntry(challenge.id, (await createUser()).user.id)),
    );
    const results = await Promise.allSettled(
      entries.map((entry) => setChallengeVote(voter, { entryId: entry.id, voted: true })),
    );
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(3);
    const refused = results
      .filter((result) => result.status === "rejected")
      .map((result) => (result as PromiseRejectedResult).reason as AppError);
    expect(refused.map((error) => error.message)).toEqual(
      Array(5).fill("You have used all 3 of your votes in this challenge. Take one back to vote for this entry."),
    );
    expect(await db.challengeVote.count({ where: { challengeId: challenge.id, userId: voter.id } })).toBe(3);
    const counts = await db.challengeEntry.findMany({
      where: { challengeId: challenge.id },
      select: { voteCount: true, _count: { select: { votes: true } } },
    });
    for (const entry of counts) expect(entry.voteCount).toBe(entry._count.votes);
  });

  it("[CHALLENGES] a private community's challenge does not exist for a non-member: entries cannot be voted on or read", async () => {
    const { user: creator } = await createUser({ role: "LEADER" });
    const { actor: outsider } = await createUser();
    const { user: cook } = await createUser();
    const community = await insertCommunity({ visibility: "PRIVATE" });
    const challenge = await insertChallenge(creator.id, "voting", { communityId: community.id });
    const entry = await insertEntry(challenge.id, cook.id);
    expect(await refusal(setChallengeVote(outsider, { entryId: entry.id, voted: true }))).toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await refusal(findChallenge(outsider, { slug: challenge.slug }))).toMatchObject({ code: "NOT_FOUND" });
    expect((await listChallenges(outsider, {})).map((item) => item.id)).not.toContain(challenge.id);
    await db.communityMember.create({ data: { communityId: community.id, userId: outsider.id } });
    expect((await findChallenge(outsider, { slug: challenge.slug })).challenge.id).toBe(challenge.id);
  });
});

describe("hidden results", () => {
  it("[CHALLENGES] while counts are hidden, no read carries a count, a rank or the standings' order", async () => {
    const { user: creator } = await createUser({ role: "LEADER" });
    const { actor: reader } = await createUser();
    const challenge = await insertChallenge(creator.id, "voting", { showVotesLive: false });
    const first = await insertEntry(challenge.id, (await createUser()).user.id);
    const second = await insertEntry(challenge.id, (await createUser()).user.id);
    // The second entry is far ahead: 7 votes, an easily spotted number.
    for (let i = 0; i < 7; i++) await setChallengeVote((await createUser()).actor, { entryId: second.id, voted: true });
    await setChallengeVote(reader, { entryId: second.id, voted: true });

    const detail = await findChallenge(reader, { slug: challenge.slug });
    expect(detail.challenge.resultsVisible).toBe(false);
    expect(detail.entries.map((entry) => entry.id)).toEqual([first.id, second.id]); // oldest first, not by votes
    expect(detail.entries.map((entry) => [entry.voteCount, entry.rank])).toEqual([
      [null, null],
      [null, null],
    ]);
    expect(detail.entries.find((entry) => entry.id === second.id)?.hasMyVote).toBe(true);
    expect(detail.myVotesUsed).toBe(1);
    const serialised = JSON.stringify([detail, await listChallenges(reader, {})]);
    expect(serialised).not.toMatch(/"voteCount":\s*[0-9]/);
    expect(serialised).not.toContain('"rank":1');

    // The creator sees no more than anyone else while voting runs.
    const asCreator = await findChallenge(
      { id: creator.id, role: "LEADER", name: "", handle: "", title: "" },
      { slug: challenge.slug },
    );
    expect(asCreator.entries.every((entry) => entry.voteCount === null)).toBe(true);
  });

  it("[CHALLENGES] with live results, counts are shown and the entries come most votes first", async () => {
    const { user: creator } = await createUser({ role: "LEADER" });
    const { actor: reader } = await createUser();
    const challenge = await insertChallenge(creator.id, "voting", { showVotesLive: true });
    const first = await insertEntry(challenge.id, (await createUser()).user.id);
    const second = await insertEntry(challenge.id, (await createUser()).user.id);
    await setChallengeVote(reader, { entryId: second.id, voted: true });
    const detail = await findChallenge(reader, { slug: challenge.slug });
    expect(detail.entries.map((entry) => [entry.id, entry.voteCount])).toEqual([
      [second.id, 1],
      [first.id, 0],
    ]);
  });
});
