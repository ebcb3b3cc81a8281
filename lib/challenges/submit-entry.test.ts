import { describe, expect, it } from "vitest";
import { findChallenge } from "@/lib/challenges/find-challenge";
import { submitEntry } from "@/lib/challenges/submit-entry";
import { insertChallenge } from "@/lib/challenges/test-fixtures";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createPendingImage, createUser } from "@/lib/test/factories";

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

const pendingVideo = (uploaderId: string) =>
  db.postVideo.create({
    data: { uploaderId, storageKey: `videos/test/${crypto.randomUUID()}.webm`, contentType: "video/webm", bytes: 100 },
  });

describe("submitEntry", () => {
  it("[CHALLENGES] an employee enters with photos or a video while entries are open: a post linked by the entry", async () => {
    const { user: creator } = await createUser({ role: "LEADER" });
    const { user, actor } = await createUser();
    const challenge = await insertChallenge(creator.id, "entries");
    const image = await createPendingImage(user.id);
    const { postId } = await submitEntry(actor, {
      challengeId: challenge.id,
      body: "My **stroopwafel** stack",
      imageIds: [image.id],
    });
    const post = await db.post.findUniqueOrThrow({
      where: { id: postId },
      include: { images: true, challengeEntry: true },
    });
    expect(post).toMatchObject({ authorId: user.id, kind: "POST", communityId: null });
    expect(post.bodyHtml).toContain("<strong>stroopwafel</strong>");
    expect(post.images.map((row) => row.id)).toEqual([image.id]);
    expect(post.challengeEntry).toMatchObject({
      challengeId: challenge.id,
      authorId: user.id,
      voteCount: 0,
      rank: null,
    });
    expect((await db.challenge.findUniqueOrThrow({ where: { id: challenge.id } })).entryCount).toBe(1);

    const { user: other, actor: otherActor } = await createUser();
    const video = await pendingVideo(other.id);
    const entered = await submitEntry(otherActor, { challengeId: challenge.id, body: "Pan flip", videoId: video.id });
    expect((await db.postVideo.findUniqueOrThrow({ where: { id: video.id } })).postId).toBe(entered.postId);
    const detail = await findChallenge(otherActor, { slug: challenge.slug });
    expect(detail.hasEntered).toBe(true);
    expect(detail.entries.find((entry) => entry.isMine)?.post.videos.map((row) => row.id)).toEqual([video.id]);
  });

  it("[CHALLENGES] an entry without photos or a video is refused, naming the media field; nothing is written", async () => {
    const { user: creator } = await createUser({ role: "LEADER" });
    const { user, actor } = await createUser();
    const challenge = await insertChallenge(creator.id, "entries");
    expect(await refusal(submitEntry(actor, { challengeId: challenge.id, body: "Only words" }))).toMatchObject({
      code: "BAD_INPUT",
      fieldErrors: { media: expect.any(String) },
    });
    expect(await refusal(submitEntry(actor, { challengeId: challenge.id, body: " ", imageIds: ["x"] }))).toMatchObject({
      fieldErrors: { body: "Write something first" },
    });
    expect(await db.post.count({ where: { authorId: user.id } })).toBe(0);
  });

  it("[CHALLENGES] someone else's or an already used upload cannot be entered; the post is rolled back", async () => {
    const { user: creator } = await createUser({ role: "LEADER" });
    const { user: owner } = await createUser();
    const { user, actor } = await createUser();
    const challenge = await insertChallenge(creator.id, "entries");
    const theirs = await pendingVideo(owner.id);
    expect(
      await refusal(submitEntry(actor, { challengeId: challenge.id, body: "Not mine", videoId: theirs.id })),
    ).toMatchObject({ code: "BAD_INPUT", fieldErrors: { videoId: expect.any(String) } });
    expect(await db.post.count({ where: { authorId: user.id } })).toBe(0);
    expect(await db.challengeEntry.count({ where: { challengeId: challenge.id } })).toBe(0);
  });

  it.each([
    ["before entries open", "upcoming", "Entries are not open yet."],
    ["after entries closed", "voting", "Entries are closed for this challenge."],
    ["once the challenge closed", "ended", "This challenge has closed."],
  ] as const)("[CHALLENGES] an entry %s is refused", async (_label, window, message) => {
    const { user: creator } = await createUser({ role: "LEADER" });
    const { user, actor } = await createUser();
    const challenge = await insertChallenge(creator.id, window);
    const image = await createPendingImage(user.id);
    expect(
      await refusal(submitEntry(actor, { challengeId: challenge.id, body: "Late", imageIds: [image.id] })),
    ).toMatchObject({ code: "CONFLICT", message });
    expect(await db.challengeEntry.count({ where: { challengeId: challenge.id } })).toBe(0);
  });

  it("[CHALLENGES] RACE: one entry per person, even with 5 parallel submissions", async () => {
    const { user: creator } = await createUser({ role: "LEADER" });
    const { user, actor } = await createUser();
    const challenge = await insertChallenge(creator.id, "entries");
    const images = await Promise.all(Array.from({ length: 5 }, () => createPendingImage(user.id)));
    const results = await Promise.allSettled(
      images.map((image) => submitEntry(actor, { challengeId: challenge.id, body: "Mine", imageIds: [image.id] })),
    );
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(await db.challengeEntry.count({ where: { challengeId: challenge.id } })).toBe(1);
    expect(await db.post.count({ where: { authorId: user.id } })).toBe(1);
    expect((await db.challenge.findUniqueOrThrow({ where: { id: challenge.id } })).entryCount).toBe(1);
    const second = await refusal(
      submitEntry(actor, { challengeId: challenge.id, body: "Again", imageIds: [images[0]!.id] }),
    );
    expect(second.message).toMatch(/already entered/);
  });
});
