import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { updateProfile } from "@/lib/people/update-profile";
import { createDepartment, createUser } from "@/lib/test/factories";

function profileInput(userId: string, overrides: Record<string, unknown> = {}) {
  return {
    userId,
    name: "Ada Lovelace",
    title: "Analyst",
    location: "London",
    pronouns: "she/her",
    bio: "Writes the first programs.",
    interests: "Mathematics, poetry",
    ...overrides,
  };
}

const profileOf = (id: string) =>
  db.user.findUniqueOrThrow({
    where: { id },
    select: {
      name: true,
      title: true,
      location: true,
      pronouns: true,
      bio: true,
      interests: true,
      role: true,
      email: true,
      handle: true,
      departmentId: true,
      sessionVersion: true,
    },
  });

const auditOf = (targetId: string) =>
  db.auditEntry.findMany({
    where: { targetType: "User", targetId, action: "profile.updated" },
    orderBy: { createdAt: "asc" },
  });

describe("updateProfile", () => {
  it("[PEOPLE] a person updates their own profile and an audit entry records it", async () => {
    const { user, actor } = await createUser();
    const result = await updateProfile(actor, profileInput(user.id, { name: "  Ada Lovelace  " }));
    expect(result).toEqual({ id: user.id, handle: user.handle });

    expect(await profileOf(user.id)).toMatchObject({
      name: "Ada Lovelace",
      title: "Analyst",
      location: "London",
      pronouns: "she/her",
      bio: "Writes the first programs.",
      interests: ["mathematics", "poetry"],
    });
    const audit = await auditOf(user.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: user.id, targetId: user.id });
    expect((audit[0]?.data as { fields: string[] }).fields.sort()).toEqual([
      "bio",
      "interests",
      "location",
      "name",
      "pronouns",
      "title",
    ]);
  });

  it("[PEOPLE] interests are trimmed, lowercased and deduplicated", async () => {
    const { user, actor } = await createUser();
    await updateProfile(actor, profileInput(user.id, { interests: "Cooking, running, cooking" }));
    expect((await profileOf(user.id)).interests).toEqual(["cooking", "running"]);

    await updateProfile(actor, profileInput(user.id, { interests: " , ,  " }));
    expect((await profileOf(user.id)).interests).toEqual([]);
  });

  it.each([
    ["an empty name", { name: "" }, "name"],
    ["a one-letter name", { name: " A " }, "name"],
    ["a name over 80 characters", { name: "n".repeat(81) }, "name"],
    ["a missing title", { title: undefined }, "title"],
    ["a bio over 600 characters", { bio: "b".repeat(601) }, "bio"],
    ["13 interests", { interests: Array.from({ length: 13 }, (_, i) => `topic${i}`).join(", ") }, "interests"],
    ["an interest over 30 characters", { interests: `ok, ${"i".repeat(31)}` }, "interests.1"],
  ])("[PEOPLE] %s is refused with an error naming the field, and nothing changes", async (_label, overrides, field) => {
    const { user, actor } = await createUser();
    const before = await profileOf(user.id);
    const error: unknown = await updateProfile(actor, profileInput(user.id, overrides)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "BAD_INPUT" });
    expect(Object.keys((error as AppError).fieldErrors ?? {})).toEqual([field]);
    expect(await profileOf(user.id)).toEqual(before);
    expect(await auditOf(user.id)).toHaveLength(0);
  });

  it("[PEOPLE] a bio of exactly 600 characters and 12 interests are accepted", async () => {
    const { user, actor } = await createUser();
    const interests = Array.from({ length: 12 }, (_, i) => `topic${i}`);
    await updateProfile(actor, profileInput(user.id, { bio: "b".repeat(600), interests: interests.join(", ") }));
    expect(await profileOf(user.id)).toMatchObject({ bio: "b".repeat(600), interests });
  });

  it("[PEOPLE] role, department, email, handle and session version in the input change nothing (no mass assignment)", async () => {
    const { user, actor } = await createUser();
    const department = await createDepartment();
    const before = await profileOf(user.id);

    await updateProfile(
      actor,
      profileInput(user.id, {
        role: "ADMIN",
        departmentId: department.id,
        email: "attacker@evil.example",
        handle: "ceo",
        sessionVersion: 99,
        deactivatedAt: new Date(),
        passwordHash: "x",
      }),
    );

    const after = await profileOf(user.id);
    expect(after.name).toBe("Ada Lovelace"); // the allowed fields were written
    expect(after).toMatchObject({
      role: "EMPLOYEE",
      departmentId: null,
      email: before.email,
      handle: before.handle,
      sessionVersion: 0,
    });
    const row = await db.user.findUniqueOrThrow({
      where: { id: user.id },
      select: { deactivatedAt: true, passwordHash: true },
    });
    expect(row.deactivatedAt).toBeNull();
    expect(row.passwordHash).not.toBe("x");
  });

  it("[PEOPLE] an employee editing someone else's profile gets NOT_FOUND and nothing changes", async () => {
    const { actor } = await createUser();
    const { user: other } = await createUser();
    const before = await profileOf(other.id);

    await expect(updateProfile(actor, profileInput(other.id))).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await profileOf(other.id)).toEqual(before);
    expect(await auditOf(other.id)).toHaveLength(0);
  });

  it("[PEOPLE] a leader may not edit a report's profile either", async () => {
    const { actor: leader } = await createUser({ role: "LEADER" });
    const { user: report } = await createUser({ managerId: leader.id });
    const before = await profileOf(report.id);

    await expect(updateProfile(leader, profileInput(report.id))).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await profileOf(report.id)).toEqual(before);
  });

  it("[PEOPLE] an admin edits someone else's profile, and the audit entry names the admin", async () => {
    const { actor: admin } = await createUser({ role: "ADMIN" });
    const { user: other } = await createUser();

    await updateProfile(admin, profileInput(other.id, { title: "Countess" }));
    expect(await profileOf(other.id)).toMatchObject({ name: "Ada Lovelace", title: "Countess", role: "EMPLOYEE" });
    const audit = await auditOf(other.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]?.actorId).toBe(admin.id);
  });

  it("[PEOPLE] an admin's edit of a deactivated profile is refused and changes nothing", async () => {
    const { actor: admin } = await createUser({ role: "ADMIN" });
    const { user: gone } = await createUser({ deactivatedAt: new Date() });
    const before = await profileOf(gone.id);

    await expect(updateProfile(admin, profileInput(gone.id))).rejects.toThrow();
    expect(await profileOf(gone.id)).toEqual(before);
    expect(await auditOf(gone.id)).toHaveLength(0);
  });

  it("[PEOPLE] bidirectional override and isolate characters are stripped from name and title, not stored", async () => {
    const { user, actor } = await createUser();
    // "Ada" then RIGHT-TO-LEFT OVERRIDE: everything shown after the name would read backwards.
    await updateProfile(
      actor,
      profileInput(user.id, { name: "Ada\u202E Lovelace\u202C", title: "\u2067Analyst\u2069 \u202Atwo\u202B\u202D" }),
    );
    expect(await profileOf(user.id)).toMatchObject({ name: "Ada Lovelace", title: "Analyst two" });
    // Only controls is no name at all.
    await expect(updateProfile(actor, profileInput(user.id, { name: "\u202E\u2066" }))).rejects.toMatchObject({
      code: "BAD_INPUT",
    });
  });

  it("[PEOPLE] without a signed-in actor the update is UNAUTHENTICATED and nothing changes", async () => {
    const { user } = await createUser();
    const before = await profileOf(user.id);
    await expect(updateProfile(null, profileInput(user.id))).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    expect(await profileOf(user.id)).toEqual(before);
  });
});
