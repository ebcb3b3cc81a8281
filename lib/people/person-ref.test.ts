import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { personRefJson, personRefSelect, ZPersonRef } from "@/lib/people/person-ref";
import { createUser } from "@/lib/test/factories";

describe("PersonRef", () => {
  it("[VIEWS] the SQL person ref equals the Prisma one for the same users", async () => {
    const [{ user: plain }, { user: pictured }] = await Promise.all([
      createUser({ title: "" }),
      createUser({ title: "Head of Care — Zoë's team", avatarUrl: "/api/avatars/x.webp" }),
    ]);
    const ids = [plain.id, pictured.id];
    const sql = await db.$queryRaw<{ json: unknown }[]>`
      select ${personRefJson("u")} as json from "User" u where u.id = any(${ids}) order by u.id`;
    const prisma = await db.user.findMany({
      where: { id: { in: ids } },
      orderBy: { id: "asc" },
      select: personRefSelect,
    });
    expect(sql.map((row) => ZPersonRef.parse(row.json))).toEqual(prisma);
    expect(prisma.map((row) => ZPersonRef.parse(row))).toEqual(prisma);
  });
});
