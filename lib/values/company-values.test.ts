import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { appErrorOf } from "@/lib/pride/pride-fixtures";
import { createUser, randomKey } from "@/lib/test/factories";
import { createCompanyValue } from "@/lib/values/create-company-value";
import { listCompanyValues } from "@/lib/values/list-company-values";
import { moveCompanyValue } from "@/lib/values/move-company-value";
import { updateCompanyValue } from "@/lib/values/update-company-value";

describe("company values", () => {
  it("[VALUES] an admin adds, edits, reorders and archives values; archived ones leave the everyday list", async () => {
    const { actor: admin } = await createUser({ role: "ADMIN" });
    const { actor: employee } = await createUser();
    const key = randomKey();
    const first = await createCompanyValue(admin, { name: `Courage ${key}`, emoji: "🦁" });
    const second = await createCompanyValue(admin, {
      name: `Care ${key}`,
      emoji: "💛",
      description: "We look out for each other",
    });
    const mine = async () =>
      (await listCompanyValues(admin, { includeArchived: true })).filter((value) => value.name.endsWith(key));

    expect((await mine()).map((value) => value.name)).toEqual([`Courage ${key}`, `Care ${key}`]);
    await moveCompanyValue(admin, { valueId: second.id, direction: "up" });
    expect((await mine()).map((value) => value.name)).toEqual([`Care ${key}`, `Courage ${key}`]);
    const positions = (await db.companyValue.findMany({ select: { position: true } })).map((value) => value.position);
    expect(new Set(positions).size).toBe(positions.length);

    await updateCompanyValue(admin, { valueId: first.id, name: `Bravery ${key}`, emoji: "🦁", archived: true });
    const everyday = await listCompanyValues(employee, {});
    expect(everyday.some((value) => value.id === first.id)).toBe(false);
    expect((await mine()).find((value) => value.id === first.id)).toMatchObject({
      name: `Bravery ${key}`,
      archivedAt: expect.any(String),
    });
    expect(await db.auditEntry.count({ where: { targetId: first.id } })).toBe(2);
  });

  it("[VALUES] employees and leaders cannot manage values or see archived ones; duplicate names are refused by field", async () => {
    const { actor: employee } = await createUser();
    const { actor: leader } = await createUser({ role: "LEADER" });
    const { actor: admin } = await createUser({ role: "ADMIN" });
    for (const actor of [employee, leader]) {
      expect((await appErrorOf(createCompanyValue(actor, { name: "Sneaky" }))).code).toBe("FORBIDDEN");
      expect((await appErrorOf(listCompanyValues(actor, { includeArchived: true }))).code).toBe("FORBIDDEN");
    }
    const name = `Unique ${randomKey()}`;
    await createCompanyValue(admin, { name });
    const error = await appErrorOf(createCompanyValue(admin, { name: name.toUpperCase() }));
    expect(error.fieldErrors).toEqual({ name: "A value with that name exists already" });
    expect((await appErrorOf(createCompanyValue(admin, { name: "x" }))).fieldErrors).toEqual({
      name: "Name needs at least 2 characters",
    });
  });
});
