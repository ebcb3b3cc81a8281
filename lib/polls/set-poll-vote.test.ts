import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { listNotifications } from "@/lib/notifications/list-notifications";
import { createPost } from "@/lib/posts/create-post";
import { findFeed } from "@/lib/posts/find-feed";
import { findPost } from "@/lib/posts/find-post";
import { setPollVote } from "@/lib/polls/set-poll-vote";
import { appErrorOf } from "@/lib/pride/pride-fixtures";
import { createUser } from "@/lib/test/factories";

beforeAll(async () => {
  await Promise.all(Array.from({ length: 10 }, () => db.$queryRaw`select 1`));
});

async function pollPost(actor: Actor, poll: { multiple?: boolean; isPublic?: boolean; options?: string[] } = {}) {
  const { id } = await createPost(actor, {
    body: "Lunch?",
    poll: {
      question: "Where do we eat?",
      options: poll.options ?? ["Pizza", "Sushi", "Salad"],
      multiple: poll.multiple ?? false,
      isPublic: poll.isPublic ?? false,
    },
  });
  const options = await db.pollOption.findMany({ where: { poll: { postId: id } }, orderBy: { position: "asc" } });
  return { postId: id, pollId: options[0]!.pollId, options: options.map((option) => option.id) };
}

const counts = async (pollId: string) => {
  const poll = await db.poll.findUniqueOrThrow({
    where: { id: pollId },
    include: { options: { orderBy: { position: "asc" } } },
  });
  return {
    voters: poll.voterCount,
    options: poll.options.map((option) => option.voteCount),
    rows: await db.pollVote.count({ where: { pollId } }),
  };
};

describe("setPollVote", () => {
  it("[POLLS] RACE: 50 parallel identical votes leave one row and counts of 1", async () => {
    const { actor: author } = await createUser();
    const { actor: voter } = await createUser();
    const poll = await pollPost(author);
    const results = await Promise.all(
      Array.from({ length: 50 }, () => setPollVote(voter, { optionId: poll.options[0]!, active: true })),
    );
    expect(results.filter((result) => result.changed)).toHaveLength(1);
    expect(await counts(poll.pollId)).toEqual({ voters: 1, options: [1, 0, 0], rows: 1 });
  });

  it("[POLLS] RACE: one person racing for different options of a single-choice poll ends with exactly one vote", async () => {
    const { actor: author } = await createUser();
    const { actor: voter } = await createUser();
    const poll = await pollPost(author);
    await Promise.all(
      poll.options.flatMap((optionId) => [0, 1, 2].map(() => setPollVote(voter, { optionId, active: true }))),
    );
    const after = await counts(poll.pollId);
    expect(after.rows).toBe(1);
    expect(after.voters).toBe(1);
    expect(after.options.reduce((a, b) => a + b, 0)).toBe(1);
  });

  it("[POLLS] a single-choice vote replaces the previous one; multiple choice keeps both; taking back updates counts", async () => {
    const { actor: author } = await createUser();
    const { actor: voter } = await createUser();
    const single = await pollPost(author);
    await setPollVote(voter, { optionId: single.options[0]!, active: true });
    await setPollVote(voter, { optionId: single.options[1]!, active: true });
    expect(await counts(single.pollId)).toEqual({ voters: 1, options: [0, 1, 0], rows: 1 });
    expect((await findPost(voter, { postId: single.postId })).poll?.myVotes).toEqual([single.options[1]]);

    const multi = await pollPost(author, { multiple: true });
    await setPollVote(voter, { optionId: multi.options[0]!, active: true });
    await setPollVote(voter, { optionId: multi.options[2]!, active: true });
    expect(await counts(multi.pollId)).toEqual({ voters: 1, options: [1, 0, 1], rows: 2 });
    await setPollVote(voter, { optionId: multi.options[0]!, active: false });
    await setPollVote(voter, { optionId: multi.options[2]!, active: false });
    expect(await counts(multi.pollId)).toEqual({ voters: 0, options: [0, 0, 0], rows: 0 });
  });

  it("[POLLS] a closed poll refuses votes on the server and shows its results to everyone", async () => {
    const { actor: author } = await createUser();
    const { actor: voter } = await createUser();
    const poll = await pollPost(author);
    await setPollVote(author, { optionId: poll.options[1]!, active: true });
    await db.poll.update({ where: { id: poll.pollId }, data: { closesAt: new Date(Date.now() - 1000) } });
    const error = await appErrorOf(setPollVote(voter, { optionId: poll.options[0]!, active: true }));
    expect(error.code).toBe("CONFLICT");
    expect(await counts(poll.pollId)).toEqual({ voters: 1, options: [0, 1, 0], rows: 1 });
    const view = (await findPost(voter, { postId: poll.postId })).poll!;
    expect(view).toMatchObject({ isClosed: true, canVote: false, resultsVisible: true });
    expect(view.options.map((option) => option.count)).toEqual([0, 1, 0]);
  });

  it("[POLLS] an anonymous poll never reveals voters through any read; counts show only after voting, to the author, or when closed", async () => {
    const { actor: author } = await createUser();
    const { user: voter, actor: voterActor } = await createUser({ name: "Secret Voter" });
    const { actor: other } = await createUser();
    const poll = await pollPost(author);
    await setPollVote(voterActor, { optionId: poll.options[0]!, active: true });

    const before = (await findPost(other, { postId: poll.postId })).poll!;
    expect(before.resultsVisible).toBe(false);
    expect(before.options.every((option) => option.count === null && option.voters === null)).toBe(true);
    const forAuthor = (await findPost(author, { postId: poll.postId })).poll!;
    expect(forAuthor.options.map((option) => option.count)).toEqual([1, 0, 0]);
    expect(forAuthor.options.every((option) => option.voters === null)).toBe(true);

    // Whatever the reader sees of the post, the feed or their notifications, the voter is not in it.
    const reads = [
      await findPost(author, { postId: poll.postId }),
      await findPost(other, { postId: poll.postId }),
      await findFeed(author, { limit: 50 }),
      await listNotifications(author, {}),
    ];
    for (const read of reads) {
      const text = JSON.stringify(read);
      expect(text).not.toContain(voter.id);
      expect(text).not.toContain("Secret Voter");
    }
  });

  it("[POLLS] a public poll shows who voted for what, once results are visible", async () => {
    const { actor: author } = await createUser();
    const { user: voter, actor: voterActor } = await createUser({ name: "Open Voter" });
    const poll = await pollPost(author, { isPublic: true });
    await setPollVote(voterActor, { optionId: poll.options[2]!, active: true });
    const view = (await findPost(voterActor, { postId: poll.postId })).poll!;
    expect(view.options[2]?.voters?.map((person) => person.id)).toEqual([voter.id]);
    expect(view.options[0]?.voters).toEqual([]);
  });

  it("[POLLS] bad poll input names the field: too few options, duplicates, past closing time", async () => {
    const { actor } = await createUser();
    const few = await appErrorOf(
      createPost(actor, { body: "x", poll: { question: "Which?", options: ["Only", "  "] } }),
    );
    expect(few.fieldErrors).toEqual({ "poll.options": "Give at least 2 poll options" });
    const same = await appErrorOf(createPost(actor, { body: "x", poll: { question: "Which?", options: ["A", "a"] } }));
    expect(same.fieldErrors).toEqual({ "poll.options": "Poll options must differ from each other" });
    const past = await appErrorOf(
      createPost(actor, {
        body: "x",
        poll: { question: "Which?", options: ["A", "B"], closesAt: new Date(Date.now() - 60_000).toISOString() },
      }),
    );
    expect(past.fieldErrors).toEqual({ "poll.closesAt": "Poll closing time must be in the future" });
    const many = await appErrorOf(
      createPost(actor, {
        body: "x",
        poll: { question: "Which?", options: Array.from({ length: 11 }, (_, i) => `O${i}`) },
      }),
    );
    expect(many.fieldErrors).toEqual({ "poll.options": "Give at most 10 poll options" });
  });
});
