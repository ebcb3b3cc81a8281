import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { findShowReport } from "@/lib/live-shows/find-show-report";
import { highlightLiveComment } from "@/lib/live-shows/highlight-live-comment";
import { listLiveComments } from "@/lib/live-shows/list-live-comments";
import { postLiveComment } from "@/lib/live-shows/post-live-comment";
import { sendLiveReaction } from "@/lib/live-shows/send-live-reaction";
import { insertShow } from "@/lib/live-shows/test-fixtures";
import { thankLiveCommenter } from "@/lib/live-shows/thank-live-commenter";
import { createUser } from "@/lib/test/factories";

async function liveShow() {
  const host = await createUser({ role: "LEADER" });
  const show = await insertShow(host.user.id, { status: "LIVE", startedAt: new Date() });
  return { host, show };
}

describe("live comments", () => {
  it("[SHOWS] comments are taken only while the show is LIVE, with a clear message before and after", async () => {
    const { user: host } = await createUser({ role: "LEADER" });
    const { actor } = await createUser();
    const scheduled = await insertShow(host.id);
    await expect(postLiveComment(actor, { showId: scheduled.id, body: "Early!" })).rejects.toMatchObject({
      code: "BAD_INPUT",
      message: expect.stringMatching(/open when the show goes live/),
    });
    const ended = await insertShow(host.id, { status: "ENDED" });
    await expect(postLiveComment(actor, { showId: ended.id, body: "Late" })).rejects.toMatchObject({
      code: "BAD_INPUT",
      message: expect.stringMatching(/over/),
    });
    const { show } = await liveShow();
    await postLiveComment(actor, { showId: show.id, body: "Hello **all**" });
    const comments = await listLiveComments(actor, { showId: show.id });
    expect(comments).toHaveLength(1);
    expect(comments[0]!.bodyHtml).toBe("<p>Hello <strong>all</strong></p>\n");
    expect((await db.liveShow.findUniqueOrThrow({ where: { id: show.id } })).commentCount).toBe(1);
  });

  it("[SHOWS] comments are sanitised, length-limited and rate-limited with clear messages", async () => {
    const { show } = await liveShow();
    const { actor } = await createUser();
    await postLiveComment(actor, { showId: show.id, body: "<img src=x onerror=alert(1)> [x](javascript:alert(1))" });
    const [comment] = await listLiveComments(actor, { showId: show.id });
    // Written as text, never as markup: no image tag, no script link.
    expect(comment!.bodyHtml).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(comment!.bodyHtml).not.toMatch(/<img|<a |href=/);
    await expect(postLiveComment(actor, { showId: show.id, body: "x".repeat(501) })).rejects.toMatchObject({
      code: "BAD_INPUT",
      fieldErrors: { body: "Live comments can be at most 500 characters" },
    });
    await expect(postLiveComment(actor, { showId: show.id, body: "   " })).rejects.toMatchObject({
      fieldErrors: { body: "Write a comment first" },
    });

    const { actor: flooder } = await createUser();
    const results = await Promise.allSettled(
      Array.from({ length: 12 }, (_, i) => postLiveComment(flooder, { showId: show.id, body: `line ${i}` })),
    );
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(10);
    const refused = results.find((result) => result.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({
      code: "RATE_LIMITED",
      message: expect.stringMatching(/live comments too quickly/),
    });
  });

  it("[SHOWS] a viewer catches up by cursor: comments after the last id it has, in order", async () => {
    const { show } = await liveShow();
    const { actor } = await createUser();
    const ids: string[] = [];
    for (const body of ["one", "two", "three", "four"])
      ids.push((await postLiveComment(actor, { showId: show.id, body })).id);
    const after = await listLiveComments(actor, { showId: show.id, after: ids[1] });
    expect(after.map((comment) => comment.id)).toEqual(ids.slice(2));
    expect((await listLiveComments(actor, { showId: show.id, after: ids[3] })).length).toBe(0);
    expect((await listLiveComments(actor, { showId: show.id })).map((comment) => comment.id)).toEqual(ids);
  });

  it("[SHOWS] the host highlights comments for everyone; an employee and another leader cannot", async () => {
    const { host, show } = await liveShow();
    const { actor: employee } = await createUser();
    const { actor: otherLeader } = await createUser({ role: "LEADER" });
    const { id } = await postLiveComment(employee, { showId: show.id, body: "Great point" });
    await expect(highlightLiveComment(employee, { commentId: id, highlighted: true })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(highlightLiveComment(otherLeader, { commentId: id, highlighted: true })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await highlightLiveComment(host.actor, { commentId: id, highlighted: true });
    expect((await listLiveComments(otherLeader, { showId: show.id, ids: [id] }))[0]!.highlighted).toBe(true);
  });

  it("[SHOWS] thanking: the host thanks once per comment (20 parallel clicks → 1 row, 1 notification); an employee and another leader cannot", async () => {
    const { host, show } = await liveShow();
    const { actor: commenter } = await createUser();
    const { actor: otherLeader } = await createUser({ role: "LEADER" });
    const { id } = await postLiveComment(commenter, { showId: show.id, body: "We packed 4,000 orders" });

    await expect(thankLiveCommenter(commenter, { commentId: id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(thankLiveCommenter(otherLeader, { commentId: id })).rejects.toMatchObject({ code: "FORBIDDEN" });

    const results = await Promise.all(
      Array.from({ length: 20 }, () => thankLiveCommenter(host.actor, { commentId: id })),
    );
    expect(results.filter((result) => result.changed)).toHaveLength(1);
    expect(await db.appreciation.count({ where: { liveCommentId: id } })).toBe(1);
    const notes = await db.notification.findMany({ where: { liveShowId: show.id, type: "APPRECIATED" } });
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({
      recipientId: commenter.id,
      actorId: host.actor.id,
      detail: "We packed 4,000 orders",
    });
    const [view] = await listLiveComments(commenter, { showId: show.id, ids: [id] });
    expect(view!.thankedBy.map((person) => person.name)).toEqual([host.actor.name]);

    const { actor: admin } = await createUser({ role: "ADMIN" });
    await expect(thankLiveCommenter(admin, { commentId: id })).resolves.toMatchObject({ changed: true });
    const { id: own } = await postLiveComment(host.actor, { showId: show.id, body: "Welcome!" });
    await expect(thankLiveCommenter(host.actor, { commentId: own })).rejects.toMatchObject({ code: "BAD_INPUT" });
  });

  it("[SHOWS] reactions only while live; the report shows thanked people to all, attendance only to those who run the show", async () => {
    const { host, show } = await liveShow();
    const { actor: viewer } = await createUser();
    await sendLiveReaction(viewer, { showId: show.id, kind: "CELEBRATE" });
    await expect(sendLiveReaction(viewer, { showId: show.id, kind: "NOPE" })).rejects.toMatchObject({
      code: "BAD_INPUT",
    });
    const { id } = await postLiveComment(viewer, { showId: show.id, body: "Thanks!" });
    await thankLiveCommenter(host.actor, { commentId: id });
    await db.liveAttendance.create({ data: { showId: show.id, userId: viewer.id } });
    await db.liveShowRsvp.create({ data: { showId: show.id, userId: viewer.id } });
    await db.liveShow.update({ where: { id: show.id }, data: { status: "ENDED", rsvpCount: 1, peakViewers: 1 } });
    await expect(sendLiveReaction(viewer, { showId: show.id, kind: "LIKE" })).rejects.toMatchObject({
      code: "BAD_INPUT",
    });

    const forViewer = await findShowReport(viewer, { showId: show.id });
    expect(forViewer.thanked.map((row) => row.person.id)).toEqual([viewer.id]);
    expect(forViewer.attendance).toBeNull();
    const forHost = await findShowReport(host.actor, { showId: show.id });
    expect(forHost.attendance).toEqual({
      uniqueViewers: 1,
      peakViewers: 1,
      comments: 1,
      commenters: 1,
      rsvps: 1,
      rsvpsAttended: 1,
      reactions: 1,
    });
  });
});
