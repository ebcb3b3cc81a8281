import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { broadcastBanner, clearBanner } from "@/lib/banners/broadcast-banner";
import { findActiveBanner } from "@/lib/banners/find-active-banner";
import { createUser, randomKey } from "@/lib/test/factories";

const bannersSaying = (message: string) => db.banner.count({ where: { message } });

describe("broadcastBanner", () => {
  it.each(["EMPLOYEE", "LEADER"] as const)(
    "[BANNERS] the role %s may not broadcast a banner (FORBIDDEN) and none is created",
    async (role) => {
      const { actor } = await createUser({ role });
      const message = `Not allowed ${randomKey()}`;
      await expect(broadcastBanner(actor, { message })).rejects.toMatchObject({ code: "FORBIDDEN" });
      expect(await bannersSaying(message)).toBe(0);
    },
  );

  it("[BANNERS] without a signed-in actor broadcasting is UNAUTHENTICATED", async () => {
    await expect(broadcastBanner(null, { message: "Hello everyone" })).rejects.toMatchObject({
      code: "UNAUTHENTICATED",
    });
  });

  it("[BANNERS] an admin's banner is the active banner everyone sees, and an audit entry records it", async () => {
    const { actor: admin } = await createUser({ role: "ADMIN" });
    const { actor: employee } = await createUser();
    const message = `Office closed on Friday ${randomKey()}`;

    const banner = await broadcastBanner(admin, { message: `  ${message}  `, tone: "WARNING", days: 2 });
    const active = await findActiveBanner(employee, {});
    expect(active).toMatchObject({
      id: banner.id,
      message,
      tone: "WARNING",
      author: { name: admin.name, handle: admin.handle },
    });

    const stored = await db.banner.findUniqueOrThrow({ where: { id: banner.id } });
    const days = ((stored.endsAt?.getTime() ?? 0) - stored.createdAt.getTime()) / 86_400_000;
    expect(days).toBeCloseTo(2, 2);

    const audit = await db.auditEntry.findMany({ where: { targetType: "Banner", targetId: banner.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actorId: admin.id,
      action: "banner.broadcast",
      data: { tone: "WARNING", days: 2 },
    });
  });

  it.each([
    ["a message under 3 characters", { message: " hi " }, "message"],
    ["a message over 280 characters", { message: "m".repeat(281) }, "message"],
    ["an unknown tone", { message: "Hello everyone", tone: "SHOUTING" }, "tone"],
    ["0 days", { message: "Hello everyone", days: 0 }, "days"],
    ["31 days", { message: "Hello everyone", days: "31" }, "days"],
  ])("[BANNERS] %s is BAD_INPUT naming the field", async (_label, input, field) => {
    const { actor: admin } = await createUser({ role: "ADMIN" });
    const before = await db.banner.count();
    await expect(broadcastBanner(admin, input)).rejects.toMatchObject({
      code: "BAD_INPUT",
      fieldErrors: { [field]: expect.any(String) },
    });
    expect(await db.banner.count()).toBe(before);
  });

  it("[BANNERS] a cleared banner is no longer active, and clearing is audited once", async () => {
    const { actor: admin } = await createUser({ role: "ADMIN" });
    const banner = await broadcastBanner(admin, { message: `Clear me ${randomKey()}` });
    expect((await findActiveBanner(admin, {}))?.id).toBe(banner.id);

    expect(await clearBanner(admin, { bannerId: banner.id })).toEqual({ cleared: true });
    expect((await findActiveBanner(admin, {}))?.id).not.toBe(banner.id);
    expect(await clearBanner(admin, { bannerId: banner.id })).toEqual({ cleared: false });

    const audit = await db.auditEntry.findMany({
      where: { targetType: "Banner", targetId: banner.id, action: "banner.cleared" },
    });
    expect(audit).toHaveLength(1);
    expect(audit[0]?.actorId).toBe(admin.id);
  });

  it("[BANNERS] only an admin may clear a banner", async () => {
    const { actor: admin } = await createUser({ role: "ADMIN" });
    const { actor: leader } = await createUser({ role: "LEADER" });
    const banner = await broadcastBanner(admin, { message: `Stay up ${randomKey()}` });

    await expect(clearBanner(leader, { bannerId: banner.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await db.banner.findUniqueOrThrow({ where: { id: banner.id } })).clearedAt).toBeNull();
    await clearBanner(admin, { bannerId: banner.id });
  });

  it("[BANNERS] a banner past its end is not active even when it is the newest", async () => {
    const { actor: admin } = await createUser({ role: "ADMIN" });
    const current = await broadcastBanner(admin, { message: `Still on ${randomKey()}` });
    const expired = await db.banner.create({
      data: {
        message: "Over",
        authorId: admin.id,
        createdAt: new Date(Date.now() + 1000),
        endsAt: new Date(Date.now() - 1000),
      },
    });

    const active = await findActiveBanner(admin, {});
    expect(active?.id).not.toBe(expired.id);
    expect(active?.id).toBe(current.id);
    await clearBanner(admin, { bannerId: current.id });
  });
});
