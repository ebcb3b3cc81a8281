import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { createComment } from "@/lib/comments/create-comment";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { encodeCursor } from "@/lib/pagination";
import { findFeed } from "@/lib/posts/find-feed";
import { findPinnedAnnouncements } from "@/lib/posts/find-pinned-announcements";
import { setReaction } from "@/lib/reactions/set-reaction";
import { createPost, createUser } from "@/lib/test/factories";

// The feed is company-wide and the test database is shared with every other test, so these tests walk the whole
// feed and look only at the posts they made (in the order they come), never at exact page contents.

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const MAX_PAGES = 5_000;

/** Every page of a tab, as the client would fetch it: each post id in the order the pages gave them. */
async function walkFeed(actor: Actor, tab: "latest" | "top", limit: number): Promise<{ ids: string[]; pages: number }> {
  const ids: string[] = [];
  let cursor: string | undefined;
  for (let pages = 1; pages <= MAX_PAGES; pages++) {
    const page = await findFeed(actor, { tab, limit, cursor });
    expect(page.items.length).toBeLessThanOrEqual(limit);
    ids.push(...page.items.map((item) => item.id));
    if (!page.nextCursor) return { ids, pages };
    cursor = page.nextCursor;
  }
  throw new Error(`the ${tab} feed did not end within ${MAX_PAGES} pages`);
}

const only = (ids: string[], mine: string[]) => ids.filter((id) => mine.includes(id));
/** Ids as PostgreSQL orders them here (cuids: lowercase letters and digits, so byte order). */
const byIdDesc = (ids: string[]) => [...ids].sort((a, b) => (a < b ? 1 : a > b ? -1 : 0));

describe("findFeed, latest", () => {
  it("[FEED] paging with limit 2 returns every post exactly once, newest first, ties broken by id", async () => {
    const { user: author, actor } = await createUser();
    const base = Date.UTC(2001, 0, 1);
    const at = (hours: number) => new Date(base + hours * HOUR);
    const oldest = await createPost(author.id, { createdAt: at(0) });
    const tiedA = await createPost(author.id, { createdAt: at(1) });
    const tiedB = await createPost(author.id, { createdAt: at(1) });
    const tiedC = await createPost(author.id, { createdAt: at(1) });
    const newer = await createPost(author.id, { createdAt: at(2) });
    const newest = await createPost(author.id, { createdAt: at(3) });
    const mine = [oldest, tiedA, tiedB, tiedC, newer, newest].map((post) => post.id);

    const { ids, pages } = await walkFeed(actor, "latest", 2);
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(new Set(ids).size).toBe(ids.length); // no post on two pages
    expect(only(ids, mine)).toEqual([newest.id, newer.id, ...byIdDesc([tiedA.id, tiedB.id, tiedC.id]), oldest.id]);
  });

  it("[FEED] a fresh post tops the first page and carries its view", async () => {
    const { user: author, actor } = await createUser();
    const { actor: reader } = await createUser();
    const post = await createPost(author.id, { body: "Hello all" });

    // Nothing in the test database is newer, so it is on the first page (the default tab is latest).
    const page = await findFeed(reader, {});
    expect(page.items.find((item) => item.id === post.id)).toMatchObject({
      kind: "POST",
      bodyHtml: "<p>Hello all</p>\n",
      body: null,
      author: { id: author.id, handle: author.handle },
    });
    expect((await findFeed(actor, { tab: "latest", limit: 50 })).items.find((item) => item.id === post.id)?.body).toBe(
      "Hello all",
    );
  });

  it("[FEED] deleted posts never appear, on any page", async () => {
    const { user: author, actor } = await createUser();
    const base = Date.UTC(2002, 0, 1);
    const kept = await createPost(author.id, { createdAt: new Date(base) });
    const deleted = await createPost(author.id, { createdAt: new Date(base + HOUR), deletedAt: new Date() });
    const keptToo = await createPost(author.id, { createdAt: new Date(base + 2 * HOUR) });

    const { ids } = await walkFeed(actor, "latest", 2);
    expect(ids).not.toContain(deleted.id);
    expect(only(ids, [kept.id, keptToo.id])).toEqual([keptToo.id, kept.id]);
  });

  it("[FEED] an announcement pinned right now is not in the latest stream but is among the pinned announcements", async () => {
    const { user: leader, actor } = await createUser({ role: "LEADER" });
    const base = Date.UTC(2003, 0, 1);
    const before = await createPost(leader.id, { createdAt: new Date(base) });
    const pinned = await createPost(leader.id, {
      kind: "ANNOUNCEMENT",
      pinnedUntil: new Date(Date.now() + DAY),
      createdAt: new Date(base + HOUR),
    });
    const pinEnded = await createPost(leader.id, {
      kind: "ANNOUNCEMENT",
      pinnedUntil: new Date(Date.now() - 60_000),
      createdAt: new Date(base + 2 * HOUR),
    });
    const pinnedNow = await createPost(leader.id, { kind: "ANNOUNCEMENT", pinnedUntil: new Date(Date.now() + DAY) });

    const { ids } = await walkFeed(actor, "latest", 2);
    expect(ids).not.toContain(pinned.id);
    expect(ids).not.toContain(pinnedNow.id);
    // When the pin has ended, the announcement is an ordinary member of the stream.
    expect(only(ids, [before.id, pinEnded.id])).toEqual([pinEnded.id, before.id]);

    const announcements = await findPinnedAnnouncements(actor, {});
    expect(announcements[0]?.excerpt).toEqual(expect.any(String));
    expect(announcements[0]?.post).toMatchObject({
      id: pinnedNow.id,
      kind: "ANNOUNCEMENT",
      pinnedUntil: pinnedNow.pinnedUntil?.toISOString(),
    });
    expect(announcements.map(({ post }) => post.id)).not.toContain(pinEnded.id);
  });

  it("[FEED] a deleted pinned announcement is not among the pinned announcements", async () => {
    const { user: leader, actor } = await createUser({ role: "LEADER" });
    const removed = await createPost(leader.id, {
      kind: "ANNOUNCEMENT",
      pinnedUntil: new Date(Date.now() + DAY),
      deletedAt: new Date(),
    });
    expect((await findPinnedAnnouncements(actor, {})).map(({ post }) => post.id)).not.toContain(removed.id);
  });
});

describe("findFeed, cursors", () => {
  it("[FEED] a cursor that is not one of ours is BAD_INPUT or ignored, never an unexpected error", async () => {
    const { actor } = await createUser();
    const outcome = await findFeed(actor, { tab: "latest", cursor: encodeCursor(["not a date", "c-x"]) }).then(
      () => "ok",
      (error: unknown) => (isAppError(error) ? error.code : `unexpected ${String(error).slice(0, 80)}`),
    );
    expect(["ok", "BAD_INPUT"]).toContain(outcome);
  });

  it("[FEED] a cursor of the top tab with a broken moment is not an unexpected error", async () => {
    const { actor } = await createUser();
    await expect(
      findFeed(actor, { tab: "top", cursor: encodeCursor(["not a date", 0.5, "c-x"]) }),
    ).resolves.toMatchObject({ items: expect.any(Array) });
    await expect(findFeed(actor, { tab: "latest", cursor: "%%% not base64 json" })).resolves.toMatchObject({
      items: expect.any(Array),
    });
  });
});

describe("findFeed, top", () => {
  it("[FEED] engagement beats recency, ties are broken by id, and paging with limit 2 returns each post once", async () => {
    const { user: author } = await createUser();
    const { actor: reader } = await createUser();
    const fans = await Promise.all(Array.from({ length: 4 }, () => createUser()));
    const now = Date.now();

    // (4 reactions + 2·2 comments + 1) / (3 h + 2)^1.5 ≈ 0.80 against 1 / (2 min + 2)^1.5 ≈ 0.35 for the newer one.
    const engaged = await createPost(author.id, { createdAt: new Date(now - 3 * HOUR) });
    for (const fan of fans) await setReaction(fan.actor, { postId: engaged.id, kind: "LIKE", active: true });
    await createComment(fans[0]!.actor, { postId: engaged.id, body: "Great" });
    await createComment(fans[1]!.actor, { postId: engaged.id, body: "Agreed" });
    const fresh = await createPost(author.id, { createdAt: new Date(now - 2 * 60_000) });
    // Equal age and no engagement: equal scores, so id decides.
    const tiedAt = new Date(now - 2 * DAY);
    const tied = await Promise.all(Array.from({ length: 3 }, () => createPost(author.id, { createdAt: tiedAt })));
    // Older than the two-week window: not in top at all.
    const stale = await createPost(author.id, { createdAt: new Date(now - 15 * DAY), reactionCount: 1000 });
    const deleted = await createPost(author.id, {
      createdAt: new Date(now - HOUR),
      reactionCount: 1000,
      deletedAt: new Date(),
    });

    expect(
      await db.post.findUniqueOrThrow({
        where: { id: engaged.id },
        select: { reactionCount: true, commentCount: true },
      }),
    ).toEqual({ reactionCount: 4, commentCount: 2 });

    const { ids } = await walkFeed(reader, "top", 2);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).not.toContain(stale.id);
    expect(ids).not.toContain(deleted.id);
    const mine = [engaged, fresh, ...tied].map((post) => post.id);
    expect(only(ids, mine)).toEqual([engaged.id, fresh.id, ...byIdDesc(tied.map((post) => post.id))]);
  });

  it("[FEED] top pages agree with one big page", async () => {
    const { user: author, actor } = await createUser();
    const now = Date.now();
    await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        createPost(author.id, { createdAt: new Date(now - (i + 1) * HOUR), reactionCount: i, commentCount: 5 - i }),
      ),
    );

    const { ids } = await walkFeed(actor, "top", 3);
    const all = await findFeed(actor, { tab: "top", limit: 50 });
    expect(ids.slice(0, all.items.length)).toEqual(all.items.map((item) => item.id));
  });
});
