import { hashPassword } from "@/lib/auth/password";
import type { Db } from "@/lib/db/client";
import { handleFromName } from "@/lib/people/handle";
import { COMPANY_VALUES, DEMO_PASSWORD, DEPARTMENTS, PEOPLE, emailOf } from "./organisation";

/** Seeds Northwind Housewares into an empty database. Returns false (and writes nothing) when people exist. */
export async function seedDemoOrganisation(db: Db): Promise<boolean> {
  if ((await db.user.count()) > 0) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  await db.$transaction(async (tx) => {
    const departments = new Map<string, string>();
    for (const department of DEPARTMENTS) {
      const created = await tx.department.create({ data: department });
      departments.set(department.slug, created.id);
    }
    await tx.companyValue.createMany({ data: COMPANY_VALUES.map((value, position) => ({ ...value, position })) });

    const ids = new Map<string, string>();
    for (const person of PEOPLE) {
      const created = await tx.user.create({
        data: {
          email: emailOf(person.key),
          handle: handleFromName(person.name),
          name: person.name,
          passwordHash,
          role: person.role ?? "EMPLOYEE",
          title: person.title,
          location: person.location,
          bio: person.bio ?? "",
          pronouns: person.pronouns ?? "",
          interests: person.interests ?? [],
          departmentId: departments.get(person.department),
        },
        select: { id: true },
      });
      ids.set(person.key, created.id);
    }
    for (const person of PEOPLE) {
      if (person.manager) {
        await tx.user.update({ where: { id: ids.get(person.key) }, data: { managerId: ids.get(person.manager) } });
      }
    }
    await tx.banner.create({
      data: {
        authorId: ids.get("noah")!,
        message: "Welcome to Hearth, Northwind's new home online. Say hello in the feed!",
        tone: "CELEBRATION",
        endsAt: new Date(Date.now() + 14 * 24 * 60 * 60 * 1000),
      },
    });
  });
  return true;
}
