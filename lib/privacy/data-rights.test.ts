import { strFromU8, unzipSync } from "fflate";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { askQuestion } from "@/lib/questions/ask-question";
import { answerQuestion } from "@/lib/questions/answer-question";
import { createLeader } from "@/lib/questions/question-factories";
import { eraseAccount, FORMER_COLLEAGUE } from "@/lib/privacy/erase-account";
import { findExportFile, listExports } from "@/lib/privacy/list-exports";
import { updatePrivacySettings } from "@/lib/privacy/privacy-settings";
import { requestExport } from "@/lib/privacy/request-export";
import { sweepExports } from "@/lib/privacy/run-export";
import { createPendingImage, createPost, createUser, randomKey } from "@/lib/test/factories";
import { findValues } from "@/lib/test/scan-tables";
import { getUploadStorage } from "@/lib/uploads/storage";

const DAY = 86_400_000;

/** A person with something of everything: posts, a comment, a reaction, questions, an upload, a follower, audit rows. */
async function personWithHistory() {
  const { user, actor } = await createUser({
    name: `Erin ${randomKey()}`,
    title: "Plant engineer",
    bio: "Likes turbines",
    location: "Rotterdam",
  });
  const { user: colleague } = await createUser();
  const { actor: leader } = await createLeader();
  const post = await createPost(user.id, { body: `Erin's post ${randomKey()}` });
  const othersPost = await createPost(colleague.id);
  await db.comment.create({
    data: { postId: othersPost.id, authorId: user.id, body: "Nice", bodyHtml: "<p>Nice</p>" },
  });
  await db.reaction.create({ data: { postId: othersPost.id, userId: user.id, kind: "LIKE" } });
  await db.follow.create({ data: { followerId: colleague.id, followeeId: user.id } });
  await db.user.update({ where: { id: colleague.id }, data: { managerId: user.id } });
  await db.notification.create({
    data: {
      recipientId: colleague.id,
      type: "COMMENT",
      actorId: user.id,
      postId: othersPost.id,
      groupKey: `comment:${othersPost.id}`,
    },
  });
  await db.auditEntry.create({
    data: {
      actorId: leader.id,
      action: "user.roleChanged",
      targetType: "User",
      targetId: user.id,
      data: { email: user.email },
    },
  });
  const anonymous = await askQuestion(actor, { title: `Anonymous worry ${randomKey()}?`, anonymous: "on" });
  const named = await askQuestion(actor, { title: `Named question ${randomKey()}?` });
  await answerQuestion(leader, { questionId: anonymous.id, body: "An answer." });
  const image = await createPendingImage(user.id, { postId: post.id });
  const bytes = Buffer.from(`fake image of ${user.id}`);
  await getUploadStorage().put(image.storageKey, bytes, "image/webp");
  return { user, actor, colleague, leader, post, anonymous, named, image, bytes };
}

async function readyExport(actor: Parameters<typeof requestExport>[0], id: string) {
  // Built in the background: wait for it (each look is a query; the build is a few more).
  for (let attempt = 0; attempt < 600; attempt++) {
    const row = await db.dataExport.findUniqueOrThrow({ where: { id }, select: { status: true } });
    if (row.status !== "PENDING") return row.status;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`export ${id} never finished for ${actor?.handle}`);
}

afterAll(async () => {
  await db.privacySettings.deleteMany({});
});

describe("data export", () => {
  it("[PRIVACY] a person downloads everything about them as a zip: JSON per kind, their uploads, their anonymous questions; nobody else can", async () => {
    const { user, actor, post, anonymous, named, image, bytes } = await personWithHistory();
    const { actor: stranger } = await createUser();

    const { id } = await requestExport(actor, {});
    expect(await readyExport(actor, id)).toBe("READY");
    expect((await listExports(actor, {})).map((row) => ({ id: row.id, status: row.status }))).toEqual([
      { id, status: "READY" },
    ]);
    const told = await db.notification.findMany({ where: { recipientId: user.id, type: "DATA_EXPORT_READY" } });
    expect(told).toHaveLength(1);

    const file = await findExportFile(actor, { exportId: id });
    const files = unzipSync(new Uint8Array(file.data));
    expect(Object.keys(files).sort()).toEqual(
      expect.arrayContaining([
        "README.txt",
        "profile.json",
        "posts.json",
        "comments.json",
        "reactions.json",
        "questions.json",
        "answers.json",
        "action-items.json",
        "votes.json",
        "notifications.json",
        `uploads/${image.storageKey}`,
      ]),
    );
    const json = (name: string) => JSON.parse(strFromU8(files[name]!));
    expect(json("profile.json")).toMatchObject({ id: user.id, email: user.email, bio: "Likes turbines" });
    expect(json("posts.json").posts.map((row: { body: string }) => row.body)).toEqual([post.body]);
    expect(json("comments.json")).toHaveLength(1);
    expect(json("reactions.json")).toHaveLength(1);
    const asked = json("questions.json").asked as { id: string; isAnonymous: boolean }[];
    expect(asked.map((row) => [row.id, row.isAnonymous]).sort()).toEqual(
      [
        [anonymous.id, true],
        [named.id, false],
      ].sort(),
    );
    expect(Buffer.from(files[`uploads/${image.storageKey}`]!)).toEqual(bytes);
    expect(JSON.stringify(json("profile.json"))).not.toContain("passwordHash");

    await expect(findExportFile(stranger, { exportId: id })).rejects.toMatchObject({ code: "NOT_FOUND" });

    // After 7 days the file and the row are gone.
    const key = (await db.dataExport.findUniqueOrThrow({ where: { id } })).storageKey!;
    expect(await sweepExports(new Date(Date.now() + 8 * DAY))).toMatchObject({ expired: expect.any(Number) });
    expect(await db.dataExport.count({ where: { id } })).toBe(0);
    expect(await getUploadStorage().get(key)).toBeNull();
    await expect(findExportFile(actor, { exportId: id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("erasure", () => {
  it("[PRIVACY] ERASURE (anonymise): no table keeps the person's id, email, handle or name; content stays under Former colleague; files are gone; the audit says only that it happened", async () => {
    const { user, actor, colleague, post, anonymous, named, image } = await personWithHistory();
    const { actor: employee } = await createUser();

    await expect(eraseAccount(employee, { userId: user.id, confirm: user.handle })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(eraseAccount(actor, { userId: user.id, confirm: "someone-else" })).rejects.toMatchObject({
      code: "BAD_INPUT",
      fieldErrors: { confirm: expect.stringContaining(user.handle) },
    });

    await expect(eraseAccount(actor, { userId: user.id, confirm: user.handle })).resolves.toMatchObject({
      policy: "ANONYMISE",
    });

    // Not one column of one table, found through information_schema, holds their id (even inside another value),
    // their email, handle or name.
    expect(await findValues([user.id], { contains: true })).toEqual([]);
    expect(await findValues([user.email, user.handle, user.name])).toEqual([]);

    const former = await db.user.findUniqueOrThrow({
      where: { email: FORMER_COLLEAGUE.email },
      omit: { passwordHash: false },
    });
    expect(former).toMatchObject({ name: "Former colleague", passwordHash: null });
    expect(former.deactivatedAt).not.toBeNull();
    expect(await db.post.findUniqueOrThrow({ where: { id: post.id } })).toMatchObject({ authorId: former.id });
    expect(await db.question.findUniqueOrThrow({ where: { id: named.id } })).toMatchObject({
      publicAskerId: former.id,
    });
    const anon = await db.question.findUniqueOrThrow({ where: { id: anonymous.id }, omit: { askerKey: false } });
    expect(anon).toMatchObject({ isAnonymous: true, publicAskerId: null });
    expect(anon.askerKey).toMatch(/^erased:/);
    expect(await getUploadStorage().get(image.storageKey)).toBeNull();
    expect((await db.user.findUniqueOrThrow({ where: { id: colleague.id } })).managerId).toBeNull();

    const audit = await db.auditEntry.findFirstOrThrow({
      where: { action: "account.erased" },
      orderBy: { createdAt: "desc" },
    });
    expect(audit).toMatchObject({ actorId: null, targetId: null, data: expect.objectContaining({ by: "self" }) });
  });

  it("[PRIVACY] ERASURE (delete): an admin erases on request and the person's content goes with them", async () => {
    const { actor: admin } = await createUser({ role: "ADMIN" });
    await updatePrivacySettings(admin, { erasedContent: "DELETE", removedContentDays: "", auditDays: "" });
    try {
      const { user, post, anonymous, named } = await personWithHistory();
      await expect(eraseAccount(admin, { userId: user.id, confirm: user.handle })).resolves.toMatchObject({
        policy: "DELETE",
      });
      expect(await findValues([user.id], { contains: true })).toEqual([]);
      expect(await findValues([user.email, user.handle, user.name])).toEqual([]);
      expect(await db.post.count({ where: { id: post.id } })).toBe(0);
      expect(await db.question.count({ where: { id: named.id } })).toBe(0);
      // An anonymous question is not theirs in any row: it stays, unlinkable.
      expect(await db.question.count({ where: { id: anonymous.id } })).toBe(1);
      const audit = await db.auditEntry.findFirstOrThrow({
        where: { action: "account.erased" },
        orderBy: { createdAt: "desc" },
      });
      expect(audit).toMatchObject({
        actorId: admin.id,
        targetId: null,
        data: expect.objectContaining({ by: "admin" }),
      });
    } finally {
      await db.privacySettings.deleteMany({});
    }
  });
});
