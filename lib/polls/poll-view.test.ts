import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { attachPoll } from "@/lib/polls/attach-poll";
import { pollViewSelect, toPollView, ZPollView } from "@/lib/polls/poll-view";
import { setPollVote } from "@/lib/polls/set-poll-vote";
import { loadPostViews } from "@/lib/posts/post-view";
import { createPost, createUser } from "@/lib/test/factories";
import type { Actor } from "@/lib/auth/permissions";

type PollSetup = { isPublic: boolean; multiple: boolean; closesAt?: Date };

async function pollPost(authorId: string, setup: PollSetup) {
  const post = await createPost(authorId);
  await db.$transaction((tx) =>
    attachPoll(tx, post.id, { question: "Where shall we meet?", options: ["Utrecht", "Zwolle", "Online"], ...setup }),
  );
  const options = await db.pollOption.findMany({ where: { poll: { postId: post.id } }, orderBy: { position: "asc" } });
  return { post, options };
}

async function expectSqlEqualsMapper(reader: Actor, postIds: string[]) {
  const views = await loadPostViews(reader, postIds);
  expect(views).toHaveLength(postIds.length);
  for (const view of views) {
    const poll = await db.poll.findUniqueOrThrow({ where: { postId: view.id }, select: pollViewSelect(reader) });
    expect(ZPollView.parse(view.poll)).toEqual(toPollView(reader, poll));
  }
  return views;
}

describe("poll views", () => {
  it("[VIEWS] the poll a post view builds in SQL equals toPollView's for every reader and state", async () => {
    const { user: author, actor: authorActor } = await createUser();
    const [ann, bob, { actor: outsider }] = await Promise.all([
      createUser({ name: "Ann Poll" }),
      createUser({ name: "Bob Poll", avatarUrl: "/api/avatars/b.webp" }),
      createUser(),
    ]);
    const open = await pollPost(author.id, { isPublic: true, multiple: true });
    const secret = await pollPost(author.id, { isPublic: false, multiple: false });
    const closed = await pollPost(author.id, {
      isPublic: true,
      multiple: false,
      closesAt: new Date(Date.now() + 60_000),
    });
    for (const { options } of [open, secret, closed]) {
      await setPollVote(bob.actor, { optionId: options[0]!.id, active: true });
      await setPollVote(ann.actor, { optionId: options[0]!.id, active: true });
    }
    await setPollVote(ann.actor, { optionId: open.options[2]!.id, active: true });
    await db.poll.update({ where: { postId: closed.post.id }, data: { closesAt: new Date(Date.now() - 60_000) } });

    const ids = [open.post.id, secret.post.id, closed.post.id];
    for (const reader of [ann.actor, bob.actor, authorActor, outsider]) await expectSqlEqualsMapper(reader, ids);

    // The states the comparison covers: voters shown (sorted by name), counts hidden before voting, closed.
    const [openAsAnn] = await expectSqlEqualsMapper(ann.actor, [open.post.id]);
    expect(openAsAnn?.poll?.options[0]?.voters?.map((voter) => voter.id)).toEqual([ann.user.id, bob.user.id]);
    expect(openAsAnn?.poll?.myVotes).toHaveLength(2);
    const [secretAsOutsider, closedAsOutsider] = await expectSqlEqualsMapper(outsider, [
      secret.post.id,
      closed.post.id,
    ]);
    expect(secretAsOutsider?.poll).toMatchObject({ resultsVisible: false, canVote: true });
    expect(secretAsOutsider?.poll?.options[0]).toMatchObject({ count: null, voters: null });
    expect(closedAsOutsider?.poll).toMatchObject({ isClosed: true, resultsVisible: true, canVote: false });
  });
});
