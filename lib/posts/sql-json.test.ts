import pg from "pg";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { loadPostViewJson, loadPostViews } from "@/lib/posts/post-view";
import { iso } from "@/lib/posts/sql-json";
import { createPost, createUser } from "@/lib/test/factories";

const HOUR = 3_600_000;

describe("times in JSON views", () => {
  it("[FEED] iso() writes a timestamptz as toISOString does, whatever the session's time zone", async () => {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    try {
      await client.query(`set time zone 'America/New_York'`);
      for (const at of ["2026-03-08T07:30:00.120Z", "2026-01-01T00:00:00.000Z", "2026-07-01T23:59:59.999Z"]) {
        const sql = Prisma.sql`select ${iso(Prisma.sql`${at}::timestamptz`)} as text`;
        const { rows } = await client.query<{ text: string }>(sql.text, sql.values as unknown[]);
        expect(rows[0]?.text).toBe(at);
      }
    } finally {
      await client.end();
    }
  });

  it("[FEED] every time in a post view is its instant's toISOString, and overdue / closed compare with now", async () => {
    const { user: author } = await createUser();
    const { user: leader } = await createUser({ role: "LEADER" });
    const now = Date.now();
    const times = {
      createdAt: new Date("2026-01-15T08:30:00.123Z"),
      editedAt: new Date("2026-01-15T09:00:00.000Z"),
      pinnedUntil: new Date(now + 24 * HOUR),
      communityPinnedAt: new Date("2026-07-01T23:59:59.999Z"),
    };
    const post = await createPost(author.id, times);
    const [pastDue, futureDue, closesAt, appreciatedAt] = [
      new Date(now - HOUR),
      new Date(now + HOUR),
      new Date(now - 2 * HOUR),
      new Date("2026-02-01T12:00:00.500Z"),
    ];
    await db.actionItem.create({ data: { title: "late", assignerId: leader.id, postId: post.id, dueDate: pastDue } });
    await db.actionItem.create({
      data: { title: "on time", assignerId: leader.id, postId: post.id, dueDate: futureDue },
    });
    await db.poll.create({
      data: { postId: post.id, question: "Closed?", closesAt, options: { create: [{ label: "Yes", position: 0 }] } },
    });
    await db.appreciation.create({ data: { leaderId: leader.id, postId: post.id, createdAt: appreciatedAt } });

    const { actor } = await createUser();
    const [view] = await loadPostViews(actor, [post.id]);
    expect(view).toMatchObject({
      createdAt: times.createdAt.toISOString(),
      editedAt: times.editedAt.toISOString(),
      pinnedUntil: times.pinnedUntil.toISOString(),
      communityPinnedAt: times.communityPinnedAt.toISOString(),
      poll: { closesAt: closesAt.toISOString(), isClosed: true },
      appreciations: [{ createdAt: appreciatedAt.toISOString() }],
    });
    expect(view?.actionItems.map(({ dueDate, isOverdue }) => ({ dueDate, isOverdue }))).toEqual([
      { dueDate: pastDue.toISOString(), isOverdue: true },
      { dueDate: futureDue.toISOString(), isOverdue: false },
    ]);
    const [text] = await loadPostViewJson(actor, [post.id]);
    expect(text?.createdAt).toBe(times.createdAt.toISOString());
  });
});
