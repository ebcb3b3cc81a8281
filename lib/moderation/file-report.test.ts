import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { fileReport } from "@/lib/moderation/file-report";
import { countOpenReports, listReports } from "@/lib/moderation/list-reports";
import { commentOn, communityWithPeople } from "@/lib/moderation/test-fixtures";
import { createPost, createUser } from "@/lib/test/factories";

const openReportsOn = (postId: string) => db.report.count({ where: { postId, status: "OPEN" } });

describe("fileReport", () => {
  it("[MODERATION] 50 parallel identical reports leave one open report, and the same id comes back", async () => {
    const { user: author } = await createUser();
    const { actor: reporter } = await createUser();
    const post = await createPost(author.id);

    const results = await Promise.all(
      Array.from({ length: 50 }, () => fileReport(reporter, { target: "POST", targetId: post.id, reason: "SPAM" })),
    );
    expect(await openReportsOn(post.id)).toBe(1);
    expect(new Set(results.map((result) => result.id)).size).toBe(1);
    expect(results.filter((result) => !result.alreadyReported)).toHaveLength(1);
  });

  it("[MODERATION] a community post's report joins that community's queue; a company-wide one reaches admins only", async () => {
    const { community, owner, moderator, member } = await communityWithPeople();
    const { actor: admin } = await createUser({ role: "ADMIN" });
    const { actor: reporter } = await createUser();
    const inCommunity = await createPost(member.user.id, { communityId: community.id });
    const companyWide = await createPost(member.user.id);

    const a = await fileReport(reporter, {
      target: "POST",
      targetId: inCommunity.id,
      reason: "HARASSMENT",
      details: "  Not kind  ",
    });
    const b = await fileReport(reporter, { target: "POST", targetId: companyWide.id, reason: "SPAM" });
    expect(
      await db.report.findUniqueOrThrow({ where: { id: a.id }, select: { communityId: true, details: true } }),
    ).toEqual({ communityId: community.id, details: "Not kind" });

    for (const steward of [owner.actor, moderator.actor]) {
      const queue = await listReports(steward, {});
      expect(queue.items.map((report) => report.id)).toEqual([a.id]);
      expect(await countOpenReports(steward, {})).toEqual({ count: 1 });
    }
    expect((await listReports(member.actor, {})).items).toEqual([]);
    await expect(listReports(moderator.actor, { scope: "all" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const all = (await listReports(admin, { scope: "all", limit: 50 })).items.map((report) => report.id);
    expect(all).toEqual(expect.arrayContaining([a.id, b.id]));
    expect(
      (await listReports(admin, { scope: "communities", limit: 50 })).items.map((report) => report.id),
    ).not.toContain(b.id);
  });

  it("[MODERATION] reports on comments and members; your own content, yourself and bad input are refused", async () => {
    const { user: author, actor: authorActor } = await createUser();
    const { actor: reporter } = await createUser();
    const post = await createPost(author.id);
    const comment = await commentOn(post.id, author.id);

    await expect(
      fileReport(reporter, { target: "COMMENT", targetId: comment.id, reason: "HATEFUL" }),
    ).resolves.toMatchObject({ alreadyReported: false });
    await expect(
      fileReport(reporter, { target: "MEMBER", targetId: author.id, reason: "HARASSMENT" }),
    ).resolves.toMatchObject({ alreadyReported: false });
    await expect(fileReport(authorActor, { target: "POST", targetId: post.id, reason: "SPAM" })).rejects.toMatchObject({
      code: "BAD_INPUT",
    });
    await expect(
      fileReport(reporter, { target: "MEMBER", targetId: reporter.id, reason: "SPAM" }),
    ).rejects.toMatchObject({ code: "BAD_INPUT" });
    await expect(fileReport(reporter, { target: "POST", targetId: post.id, reason: "BORING" })).rejects.toMatchObject({
      code: "BAD_INPUT",
      fieldErrors: { reason: "Choose what is wrong" },
    });
    await expect(
      fileReport(reporter, { target: "POST", targetId: post.id, reason: "OTHER", details: "x".repeat(1001) }),
    ).rejects.toMatchObject({
      fieldErrors: { details: "Details can be at most 1000 characters" },
    });
    await expect(
      fileReport(reporter, { target: "POST", targetId: "c-no-such-post", reason: "SPAM" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    // Mass assignment: a reporter cannot file a report already closed, or into a community of their choosing.
    const { id } = await fileReport(reporter, {
      target: "POST",
      targetId: post.id,
      reason: "SPAM",
      status: "DISMISSED",
      communityId: "c-elsewhere",
      reporterId: author.id,
    });
    expect(
      await db.report.findUniqueOrThrow({
        where: { id },
        select: { status: true, communityId: true, reporterId: true },
      }),
    ).toEqual({ status: "OPEN", communityId: null, reporterId: reporter.id });
  });

  it("[MODERATION] filing new reports is rate-limited with a clear 429 sentence", async () => {
    const { actor: reporter } = await createUser();
    const posts = await Promise.all(Array.from({ length: 11 }, async () => createPost((await createUser()).user.id)));
    for (const post of posts.slice(0, 10))
      await fileReport(reporter, { target: "POST", targetId: post.id, reason: "SPAM" });
    await expect(
      fileReport(reporter, { target: "POST", targetId: posts[10]!.id, reason: "SPAM" }),
    ).rejects.toMatchObject({ code: "RATE_LIMITED", message: expect.stringContaining("reports too quickly") });
  });
});
