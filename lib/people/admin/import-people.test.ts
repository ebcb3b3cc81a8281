import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { applyPeopleImport, parsePeopleCsv, previewPeopleImport } from "@/lib/people/admin/import-people";
import { createUser, randomKey } from "@/lib/test/factories";

describe("CSV import of the organisation", () => {
  it("previews per-row errors, applies the valid rows, and a second apply changes nothing", async () => {
    const { actor: admin } = await createUser({ role: "ADMIN" });
    const { user: existing } = await createUser({ title: "Old title" });
    const k = randomKey();
    const csv = [
      "Name;Email;Job Title;Department;Location;Manager Email",
      `Ada Boss;ada-${k}@acme.example;CEO;Board ${k};Utrecht;`,
      `Ben Report;ben-${k}@acme.example;Clerk;Ops ${k};Utrecht;ada-${k}@acme.example`,
      `${existing.name};${existing.email.toUpperCase()};New title;Ops ${k};Delft;ada-${k}@acme.example`,
      `;nobody-${k}@acme.example;x;;;`,
      `Bad Mail;not-an-email;x;;;`,
      `Dup Ben;ben-${k}@acme.example;x;;;`,
      `Lost;lost-${k}@acme.example;x;;;ghost-${k}@acme.example`,
    ].join("\n");
    const preview = await previewPeopleImport(admin, { csv });
    expect(preview.counts).toEqual({ create: 2, update: 1, unchanged: 0, skip: 4 });
    expect(preview.rows.flatMap((row) => row.errors.map((e) => [e.line, e.column]))).toEqual([
      [5, "name"],
      [6, "email"],
      [7, "email"],
      [8, "managerEmail"],
    ]);
    expect(await db.user.count({ where: { email: `ada-${k}@acme.example` } })).toBe(0); // a preview writes nothing

    await applyPeopleImport(admin, { csv });
    const ben = await db.user.findUniqueOrThrow({
      where: { email: `ben-${k}@acme.example` },
      include: { manager: true, department: true },
    });
    expect(ben).toMatchObject({ name: "Ben Report", title: "Clerk", location: "Utrecht" });
    expect(ben.manager?.email).toBe(`ada-${k}@acme.example`);
    expect(ben.department?.name).toBe(`Ops ${k}`);
    const updated = await db.user.findUniqueOrThrow({ where: { id: existing.id }, include: { manager: true } });
    expect(updated).toMatchObject({ title: "New title", location: "Delft" });
    expect(updated.manager?.email).toBe(`ada-${k}@acme.example`);
    expect(await db.auditEntry.count({ where: { actorId: admin.id, action: "people.imported" } })).toBe(1);

    const before = await db.user.findMany({ where: { email: { contains: k } }, orderBy: { id: "asc" } });
    const again = await applyPeopleImport(admin, { csv });
    expect(again.counts).toEqual({ create: 0, update: 0, unchanged: 3, skip: 4 });
    const after = await db.user.findMany({ where: { email: { contains: k } }, orderBy: { id: "asc" } });
    expect(after).toEqual(before);
    expect(await db.department.count({ where: { name: `Ops ${k}` } })).toBe(1);
  });

  it("refuses a file without the name and email columns, and non-admins", async () => {
    const { actor: admin } = await createUser({ role: "ADMIN" });
    const { actor: employee } = await createUser();
    await expect(previewPeopleImport(admin, { csv: "title,department\nx,y" })).rejects.toMatchObject({
      status: 400,
      fieldErrors: { file: expect.any(String) },
    });
    await expect(previewPeopleImport(admin, { csv: "" })).rejects.toMatchObject({ status: 400 });
    await expect(previewPeopleImport(employee, { csv: "name,email\na,a@b.c" })).rejects.toMatchObject({ status: 403 });
    expect(parsePeopleCsv('\uFEFFname,email\n"Smith, Jo",jo@x.example\n')).toEqual([
      { line: 2, name: "Smith, Jo", email: "jo@x.example", title: "", department: "", location: "", managerEmail: "" },
    ]);
  });
});
