import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { enforceRetention } from "@/lib/privacy/enforce-retention";
import { updatePrivacySettings } from "@/lib/privacy/privacy-settings";
import { createPost, createUser } from "@/lib/test/factories";

const DAY = 86_400_000;

afterEach(async () => {
  await db.privacySettings.deleteMany({});
});

describe("retention", () => {
  it("[PRIVACY] removed and deleted content and audit entries older than the admins' setting are purged; newer ones and live content stay", async () => {
    const { user, actor: admin } = await createUser({ role: "ADMIN" });
    const now = new Date();
    const old = new Date(now.getTime() - 40 * DAY);
    const recent = new Date(now.getTime() - 5 * DAY);
    const removedOld = await createPost(user.id, { removedAt: old, createdAt: old });
    const deletedOld = await createPost(user.id, { deletedAt: old, createdAt: old });
    const removedRecent = await createPost(user.id, { removedAt: recent });
    const live = await createPost(user.id, { createdAt: old });
    const comment = await db.comment.create({
      data: { postId: live.id, authorId: user.id, body: "x", bodyHtml: "x", deletedAt: old },
    });
    const oldAudit = await db.auditEntry.create({
      data: { action: "test.old", targetType: "Test", createdAt: new Date(now.getTime() - 400 * DAY) },
    });
    const newAudit = await db.auditEntry.create({ data: { action: "test.new", targetType: "Test" } });

    // Nothing set: everything is kept.
    await enforceRetention(now);
    expect(await db.post.count({ where: { id: { in: [removedOld.id, deletedOld.id] } } })).toBe(2);

    await updatePrivacySettings(admin, { erasedContent: "ANONYMISE", removedContentDays: "30", auditDays: "365" });
    await expect(
      updatePrivacySettings(admin, { erasedContent: "ANONYMISE", removedContentDays: "0", auditDays: "" }),
    ).rejects.toMatchObject({
      code: "BAD_INPUT",
      fieldErrors: { removedContentDays: expect.stringMatching(/at least 1/) },
    });
    const { actor: employee } = await createUser();
    await expect(
      updatePrivacySettings(employee, { erasedContent: "DELETE", removedContentDays: "", auditDays: "" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });

    const result = await enforceRetention(now);
    expect(result.posts).toBeGreaterThanOrEqual(2);
    const left = await db.post.findMany({
      where: { id: { in: [removedOld.id, deletedOld.id, removedRecent.id, live.id] } },
      select: { id: true },
    });
    expect(left.map((post) => post.id).sort()).toEqual([removedRecent.id, live.id].sort());
    expect(await db.comment.count({ where: { id: comment.id } })).toBe(0);
    expect(await db.auditEntry.count({ where: { id: oldAudit.id } })).toBe(0);
    expect(await db.auditEntry.count({ where: { id: newAudit.id } })).toBe(1);
  });
});
