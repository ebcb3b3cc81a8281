import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listAudit } from "@/lib/moderation/list-audit";
import { communityWithPeople } from "@/lib/moderation/test-fixtures";
import { createUser, randomKey } from "@/lib/test/factories";

describe("listAudit", () => {
  it("[AUDIT] admins filter by action, actor, community, target type and dates, newest first, with a cursor", async () => {
    const { community, moderator } = await communityWithPeople();
    const { user: adminUser, actor: admin } = await createUser({ role: "ADMIN" });
    const action = `test.${randomKey()}`;
    const at = (day: string) => new Date(`2026-10-${day}T10:00:00Z`);
    await db.auditEntry.createMany({
      data: [
        {
          actorId: moderator.user.id,
          action,
          targetType: "Post",
          targetId: "p1",
          communityId: community.id,
          reason: "one",
          createdAt: at("01"),
        },
        {
          actorId: moderator.user.id,
          action,
          targetType: "Comment",
          targetId: "c1",
          communityId: community.id,
          reason: "two",
          createdAt: at("05"),
        },
        { actorId: adminUser.id, action, targetType: "Post", targetId: "p2", reason: "three", createdAt: at("09") },
      ],
    });

    const reasons = async (filters: Record<string, string>) =>
      (await listAudit(admin, { action, ...filters })).items.map((entry) => entry.reason);
    expect(await reasons({})).toEqual(["three", "two", "one"]);
    expect(await reasons({ actor: moderator.user.handle })).toEqual(["two", "one"]);
    expect(await reasons({ community: community.slug })).toEqual(["two", "one"]);
    expect(await reasons({ targetType: "Post" })).toEqual(["three", "one"]);
    expect(await reasons({ from: "2026-10-05", to: "2026-10-09" })).toEqual(["three", "two"]);
    expect(await reasons({ to: "2026-10-01" })).toEqual(["one"]);

    const first = await listAudit(admin, { action, limit: 2 });
    expect(first.items.map((entry) => entry.reason)).toEqual(["three", "two"]);
    const second = await listAudit(admin, { action, limit: 2, cursor: first.nextCursor! });
    expect(second).toMatchObject({ items: [expect.objectContaining({ reason: "one" })], nextCursor: null });
  });

  it("[AUDIT] only admins read it; bad dates are named field errors", async () => {
    const { owner } = await communityWithPeople();
    const { actor: leader } = await createUser({ role: "LEADER" });
    const { actor: admin } = await createUser({ role: "ADMIN" });
    for (const refused of [owner.actor, leader])
      await expect(listAudit(refused, {})).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(listAudit(admin, { from: "yesterday" })).rejects.toMatchObject({
      code: "BAD_INPUT",
      fieldErrors: { from: "From must be a date (YYYY-MM-DD)" },
    });
    await expect(listAudit(admin, { from: "2026-10-09", to: "2026-10-01" })).rejects.toMatchObject({
      fieldErrors: { to: "To must be on or after From" },
    });
  });
});
