import { describe, expect, it } from "vitest";
import { findPerson } from "@/lib/people/find-person";
import { createUser } from "@/lib/test/factories";

const FORBIDDEN_KEYS = ["email", "passwordHash", "sessionVersion", "deactivatedAt"];

function expectNoPrivateKeys(value: object) {
  for (const key of FORBIDDEN_KEYS) expect(value).not.toHaveProperty(key);
}

describe("findPerson", () => {
  it("[PEOPLE] a profile is found by handle, case-insensitively, with its manager and active reports", async () => {
    const { actor: viewer } = await createUser();
    const { user: manager } = await createUser();
    const { user: person } = await createUser({ managerId: manager.id, bio: "Hello", interests: ["chess"] });
    const { user: report } = await createUser({ managerId: person.id });
    await createUser({ managerId: person.id, deactivatedAt: new Date() });

    const found = await findPerson(viewer, { handle: ` ${person.handle.toUpperCase()} ` });
    expect(found).toMatchObject({
      id: person.id,
      handle: person.handle,
      bio: "Hello",
      interests: ["chess"],
      isMe: false,
    });
    expect(found.manager?.id).toBe(manager.id);
    expect(found.reports.map((r) => r.id)).toEqual([report.id]);
  });

  it("[PEOPLE] a deactivated person is NOT_FOUND", async () => {
    const { actor: viewer } = await createUser();
    const { user: gone } = await createUser({ deactivatedAt: new Date() });
    await expect(findPerson(viewer, { handle: gone.handle })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(findPerson(viewer, { handle: "nobody-has-this-handle" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("[PEOPLE] canEdit is true for oneself and for an admin, false for another employee or a leader", async () => {
    const { user: person, actor: self } = await createUser();
    const { actor: colleague } = await createUser();
    const { actor: leader } = await createUser({ role: "LEADER" });
    const { actor: admin } = await createUser({ role: "ADMIN" });

    expect(await findPerson(self, { handle: person.handle })).toMatchObject({ isMe: true, canEdit: true });
    expect(await findPerson(admin, { handle: person.handle })).toMatchObject({ isMe: false, canEdit: true });
    expect(await findPerson(colleague, { handle: person.handle })).toMatchObject({ isMe: false, canEdit: false });
    expect(await findPerson(leader, { handle: person.handle })).toMatchObject({ isMe: false, canEdit: false });
  });

  it("[PEOPLE] a profile carries no email, password hash or session data, nor do its manager and reports", async () => {
    const { actor: viewer } = await createUser({ role: "ADMIN" });
    const { user: manager } = await createUser();
    const { user: person } = await createUser({ managerId: manager.id });
    await createUser({ managerId: person.id });

    const found = await findPerson(viewer, { handle: person.handle });
    expectNoPrivateKeys(found);
    expect(found.manager).not.toBeNull();
    expectNoPrivateKeys(found.manager ?? {});
    expect(found.reports).toHaveLength(1);
    for (const report of found.reports) expectNoPrivateKeys(report);
    expect(JSON.stringify(found)).not.toContain("@test.example");
    expect(JSON.stringify(found)).not.toContain("$argon2");
  });

  it("[PEOPLE] looking someone up needs a signed-in actor", async () => {
    const { user: person } = await createUser();
    await expect(findPerson(null, { handle: person.handle })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });
});
