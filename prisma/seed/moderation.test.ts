import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { measureCommunityHealth } from "@/lib/health/community-activity";
import { createUser } from "@/lib/test/factories";
import { seedModeration } from "./moderation";

const PEOPLE = [
  "hanna",
  "lotte",
  "fatima",
  "anouk",
  "milan",
  "lisa",
  "jonas",
  "felix",
  "pieter",
  "oskar",
  "noah",
  "amir",
];

describe("seedModeration", () => {
  it("[MODERATION] the demo community is going cold by the health check's own rule; counts are exact; reports sit in both queues", async () => {
    const ids = new Map<string, string>();
    for (const key of PEOPLE)
      ids.set(key, (await createUser({ name: `Seed ${key}`, role: key === "noah" ? "ADMIN" : "EMPLOYEE" })).user.id);
    await db.$transaction((tx) => seedModeration(tx, ids), { timeout: 180_000 });

    const plants = await db.community.findUniqueOrThrow({
      where: { slug: "office-plants" },
      include: { _count: { select: { members: true, posts: true } } },
    });
    expect(plants.coldSince).toBeInstanceOf(Date);
    expect(plants.memberCount).toBe(plants._count.members);
    expect(plants.postCount).toBe(plants._count.posts);
    expect((await measureCommunityHealth(db, plants.id)).isGoingCold).toBe(true);

    for (const post of await db.post.findMany({
      where: { communityId: plants.id },
      select: { commentCount: true, _count: { select: { comments: true } } },
    })) {
      expect(post.commentCount).toBe(post._count.comments);
    }
    const open = await db.report.findMany({
      where: { status: "OPEN", reporterId: { in: [...ids.values()] } },
      select: { communityId: true },
    });
    expect(open.map((report) => report.communityId).sort()).toEqual([plants.id, null].sort());
    expect(await db.auditEntry.count({ where: { actorId: { in: [ids.get("noah")!, ids.get("lotte")!] } } })).toBe(2);
  });
});
