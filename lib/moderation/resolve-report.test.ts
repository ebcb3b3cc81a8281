import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { fileReport } from "@/lib/moderation/file-report";
import { listAudit } from "@/lib/moderation/list-audit";
import { resolveReport } from "@/lib/moderation/resolve-report";
import { commentOn, communityWithPeople } from "@/lib/moderation/test-fixtures";
import { findPost } from "@/lib/posts/find-post";
import { createPost, createUser } from "@/lib/test/factories";

const REASON = "Personal attack on a colleague";

async function reportedCommunityPost() {
  const people = await communityWithPeople();
  const post = await createPost(people.member.user.id, { communityId: people.community.id });
  const { actor: reporter } = await createUser();
  const report = await fileReport(reporter, { target: "POST", targetId: post.id, reason: "HARASSMENT" });
  return { ...people, post, reporter, report };
}

describe("resolveReport", () => {
  it("[MODERATION] a moderator removes a reported post: hidden from readers, the author told why, the report closed, audited", async () => {
    const { community, moderator, member, post, reporter, report } = await reportedCommunityPost();
    const { actor: admin } = await createUser({ role: "ADMIN" });
    // A second report on the same post closes with the first.
    const { actor: other } = await createUser();
    const second = await fileReport(other, { target: "POST", targetId: post.id, reason: "SPAM" });

    await resolveReport(moderator.actor, { reportId: report.id, action: "remove", reason: REASON });

    expect(
      await db.post.findUniqueOrThrow({
        where: { id: post.id },
        select: { removedAt: true, removedReason: true, removedById: true, deletedAt: true },
      }),
    ).toEqual({
      removedAt: expect.any(Date),
      removedReason: REASON,
      removedById: moderator.user.id,
      deletedAt: null,
    });
    await expect(findPost(reporter, { postId: post.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(
      await db.report.findMany({ where: { id: { in: [report.id, second.id] } }, select: { status: true } }),
    ).toEqual([{ status: "ACTIONED" }, { status: "ACTIONED" }]);
    expect(
      await db.notification.findMany({
        where: { recipientId: member.user.id },
        select: { type: true, detail: true, postId: true },
      }),
    ).toEqual([
      { type: "CONTENT_REMOVED", detail: `Your post was removed by a moderator. Reason: ${REASON}`, postId: post.id },
    ]);
    const audit = await listAudit(admin, { community: community.slug });
    expect(audit.items).toEqual([
      expect.objectContaining({
        action: "post.removed",
        targetType: "Post",
        targetId: post.id,
        reason: REASON,
        actor: { name: moderator.user.name, handle: moderator.user.handle },
      }),
    ]);
    // Acting twice is a conflict, not a second removal.
    await expect(
      resolveReport(moderator.actor, { reportId: report.id, action: "remove", reason: REASON }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("[MODERATION] a moderator of community A cannot see or act on community B's reports; a member cannot act at all", async () => {
    const a = await communityWithPeople();
    const b = await reportedCommunityPost();

    for (const outsider of [a.moderator.actor, a.owner.actor, b.member.actor]) {
      await expect(
        resolveReport(outsider, { reportId: b.report.id, action: "remove", reason: REASON }),
      ).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    expect(await db.post.findUniqueOrThrow({ where: { id: b.post.id }, select: { removedAt: true } })).toEqual({
      removedAt: null,
    });
    expect(await db.report.findUniqueOrThrow({ where: { id: b.report.id }, select: { status: true } })).toEqual({
      status: "OPEN",
    });
  });

  it("[MODERATION] company-wide reports are for admins only, and cannot be answered with a suspension", async () => {
    const { community, owner } = await communityWithPeople();
    const { user: author } = await createUser();
    const { actor: reporter } = await createUser();
    const { actor: admin } = await createUser({ role: "ADMIN" });
    const { actor: leader } = await createUser({ role: "LEADER" });
    const post = await createPost(author.id);
    const report = await fileReport(reporter, { target: "POST", targetId: post.id, reason: "SPAM" });

    for (const refused of [owner.actor, leader]) {
      await expect(
        resolveReport(refused, { reportId: report.id, action: "dismiss", reason: "Fine" }),
      ).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    await expect(
      resolveReport(admin, { reportId: report.id, action: "suspend", reason: REASON }),
    ).rejects.toMatchObject({ code: "BAD_INPUT" });
    await resolveReport(admin, { reportId: report.id, action: "hide", reason: "Pending a check" });
    expect(
      await db.post.findUniqueOrThrow({ where: { id: post.id }, select: { hiddenAt: true, removedAt: true } }),
    ).toEqual({ hiddenAt: expect.any(Date), removedAt: null });
    // Hiding does not notify the author.
    expect(await db.notification.count({ where: { recipientId: author.id } })).toBe(0);
    expect(community.id).toBeTruthy();
  });

  it("[MODERATION] dismissing leaves the content; suspending bans the author, removes the membership and keeps memberCount exact", async () => {
    const { community, owner, member, post, report } = await reportedCommunityPost();
    const { actor: reporter2 } = await createUser();
    const comment = await commentOn(post.id, member.user.id);
    const commentReport = await fileReport(reporter2, {
      target: "COMMENT",
      targetId: comment.id,
      reason: "INAPPROPRIATE",
    });

    await resolveReport(owner.actor, { reportId: report.id, action: "dismiss", reason: "Robust, but fair" });
    expect(
      await db.report.findUniqueOrThrow({ where: { id: report.id }, select: { status: true, resolution: true } }),
    ).toEqual({ status: "DISMISSED", resolution: "Dismissed: Robust, but fair" });
    expect(
      await db.post.findUniqueOrThrow({ where: { id: post.id }, select: { removedAt: true, hiddenAt: true } }),
    ).toEqual({ removedAt: null, hiddenAt: null });

    await resolveReport(owner.actor, { reportId: commentReport.id, action: "suspend", reason: REASON });
    expect(
      await db.communityBan.findUnique({
        where: { communityId_userId: { communityId: community.id, userId: member.user.id } },
        select: { reason: true, byId: true },
      }),
    ).toEqual({
      reason: REASON,
      byId: owner.user.id,
    });
    expect(
      await db.communityMember.findUnique({
        where: { communityId_userId: { communityId: community.id, userId: member.user.id } },
      }),
    ).toBeNull();
    const { memberCount } = await db.community.findUniqueOrThrow({
      where: { id: community.id },
      select: { memberCount: true },
    });
    expect(memberCount).toBe(await db.communityMember.count({ where: { communityId: community.id } }));
    expect(memberCount).toBe(2);
    expect(
      await db.auditEntry.findMany({
        where: { communityId: community.id },
        select: { action: true },
        orderBy: { createdAt: "asc" },
      }),
    ).toEqual([{ action: "report.dismissed" }, { action: "member.suspended" }]);
  });

  it("[MODERATION] the reason is required and named; unknown actions are refused", async () => {
    const { moderator, report } = await reportedCommunityPost();
    await expect(
      resolveReport(moderator.actor, { reportId: report.id, action: "remove", reason: " " }),
    ).rejects.toMatchObject({
      code: "BAD_INPUT",
      fieldErrors: { reason: "Give a reason of at least 3 characters" },
    });
    await expect(
      resolveReport(moderator.actor, { reportId: report.id, action: "delete-everything", reason: REASON }),
    ).rejects.toMatchObject({ fieldErrors: { action: "Choose an action" } });
  });
});
