import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { actorFromCookies } from "@/lib/auth/session-actor";
import { SESSION_COOKIE } from "@/lib/auth/session-token";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import {
  changeRole,
  deactivateAccount,
  inviteAccount,
  listAccounts,
  reactivateAccount,
} from "@/lib/people/admin/manage-accounts";
import { listPeople } from "@/lib/people/list-people";
import { resolveMentions } from "@/lib/posts/resolve-mentions";
import { createPost, createUser, randomKey, TEST_PASSWORD } from "@/lib/test/factories";

async function cookieFor(userId: string, sessionVersion: number) {
  const token = await encode({
    token: { sub: userId, sv: sessionVersion },
    secret: env().AUTH_SECRET,
    salt: SESSION_COOKIE,
  });
  return (name: string) => (name === SESSION_COOKIE ? token : undefined);
}

describe("admin account management", () => {
  it("[AUTH] deactivation ends the session on the next request, refuses the password, hides the person, keeps their posts", async () => {
    const { actor: admin } = await createUser({ role: "ADMIN" });
    const { user } = await createUser({ name: `Deactivated ${randomKey()}` });
    const post = await createPost(user.id);
    const session = await cookieFor(user.id, user.sessionVersion);
    expect(await actorFromCookies(session)).toMatchObject({ id: user.id });

    expect(await deactivateAccount(admin, { userId: user.id, reason: "Left the company" })).toEqual({ changed: true });

    expect(await actorFromCookies(session)).toBeNull();
    expect(await verifyCredentials({ email: user.email, password: TEST_PASSWORD })).toBeNull();
    const search = await listPeople(admin, { q: user.name });
    expect(search.items.map((p) => p.id)).not.toContain(user.id);
    expect((await db.$transaction((tx) => resolveMentions(tx, `hi @${user.handle}`))).size).toBe(0);
    expect(await db.post.findUnique({ where: { id: post.id }, select: { authorId: true } })).toEqual({
      authorId: user.id,
    });
    const audit = await db.auditEntry.findFirst({ where: { targetId: user.id, action: "people.deactivated" } });
    expect(audit).toMatchObject({ actorId: admin.id, reason: "Left the company" });
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored).toMatchObject({ deactivatedBy: "admin", sessionVersion: user.sessionVersion + 1 });

    // Twice is a no-op; reactivation lets them sign in again (old sessions stay ended).
    expect(await deactivateAccount(admin, { userId: user.id })).toEqual({ changed: false });
    expect(await reactivateAccount(admin, { userId: user.id })).toEqual({ changed: true });
    expect(await verifyCredentials({ email: user.email, password: TEST_PASSWORD })).toMatchObject({ id: user.id });
    expect(await actorFromCookies(session)).toBeNull();
    expect(await db.auditEntry.count({ where: { targetId: user.id, action: "people.reactivated" } })).toBe(1);
  });

  it("[AUTH] only admins manage accounts; nobody deactivates themselves or the last admin", async () => {
    const { actor: employee } = await createUser();
    const { actor: leader } = await createUser({ role: "LEADER" });
    const { user: target } = await createUser();
    for (const actor of [employee, leader]) {
      await expect(deactivateAccount(actor, { userId: target.id })).rejects.toMatchObject({ status: 403 });
      await expect(changeRole(actor, { userId: target.id, role: "ADMIN" })).rejects.toMatchObject({ status: 403 });
      await expect(listAccounts(actor, {})).rejects.toMatchObject({ status: 403 });
      await expect(inviteAccount(actor, { name: "X", email: `x-${randomKey()}@t.example` })).rejects.toMatchObject({
        status: 403,
      });
    }
    const { actor: admin } = await createUser({ role: "ADMIN" });
    await expect(deactivateAccount(admin, { userId: admin.id })).rejects.toMatchObject({ status: 409 });
    await expect(deactivateAccount(admin, { userId: "nobody" })).rejects.toMatchObject({ status: 404 });
    // Demote every other admin but one: the last one cannot be demoted or deactivated.
    const others = await db.user.findMany({ where: { role: "ADMIN", deactivatedAt: null, id: { not: admin.id } } });
    await db.user.updateMany({ where: { id: { in: others.map((o) => o.id) } }, data: { role: "LEADER" } });
    try {
      const { actor: second } = await createUser({ role: "ADMIN" });
      await expect(changeRole(second, { userId: admin.id, role: "EMPLOYEE" })).resolves.toEqual({ changed: true });
      await expect(changeRole(second, { userId: second.id, role: "EMPLOYEE" })).rejects.toMatchObject({ status: 409 });
    } finally {
      await db.user.updateMany({ where: { id: { in: others.map((o) => o.id) } }, data: { role: "ADMIN" } });
    }
  });

  it("[AUDIT] a role change is recorded with from and to", async () => {
    const { actor: admin } = await createUser({ role: "ADMIN" });
    const { user } = await createUser();
    expect(await changeRole(admin, { userId: user.id, role: "LEADER" })).toEqual({ changed: true });
    expect(await changeRole(admin, { userId: user.id, role: "LEADER" })).toEqual({ changed: false });
    const entries = await db.auditEntry.findMany({ where: { targetId: user.id, action: "people.role_changed" } });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actorId: admin.id, data: { from: "EMPLOYEE", to: "LEADER", via: "admin" } });
    await expect(changeRole(admin, { userId: user.id, role: "OWNER" })).rejects.toMatchObject({ status: 400 });
  });

  it("lists accounts by status, role and search, in keyset pages that neither skip nor repeat", async () => {
    const { actor: admin } = await createUser({ role: "ADMIN" });
    const tag = randomKey();
    const made = await Promise.all(
      Array.from({ length: 7 }, (_, i) => createUser({ name: `Paged ${tag} ${String(i % 3)}`, title: "Clerk" })),
    );
    await deactivateAccount(admin, { userId: made[0]!.user.id });
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listAccounts(admin, { q: tag, status: "all", limit: 2, cursor });
      seen.push(...page.items.map((row) => row.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen.sort()).toEqual(made.map((m) => m.user.id).sort());
    const active = await listAccounts(admin, { q: tag });
    expect(active.items).toHaveLength(6);
    const off = await listAccounts(admin, { q: tag, status: "deactivated" });
    expect(off.items.map((row) => row.id)).toEqual([made[0]!.user.id]);
    expect(off.items[0]).toMatchObject({ deactivatedBy: "admin", sso: false });
    expect((await listAccounts(admin, { q: tag, role: "ADMIN" })).items).toHaveLength(0);
  });

  it("invites a person with a role and department; a taken email names the field", async () => {
    const { actor: admin } = await createUser({ role: "ADMIN" });
    const email = `new-${randomKey()}@t.example`;
    const invited = await inviteAccount(admin, {
      name: "Zoë Hermans",
      email: email.toUpperCase(),
      role: "LEADER",
      department: `Dept ${randomKey()}`,
    });
    const stored = await db.user.findUniqueOrThrow({ where: { id: invited.id }, include: { department: true } });
    expect(stored).toMatchObject({ email, role: "LEADER" });
    const secret = await db.user.findUniqueOrThrow({ where: { id: invited.id }, select: { passwordHash: true } });
    expect(secret.passwordHash).toBeNull();
    expect(stored.handle).toMatch(/^zoe-hermans/);
    expect(stored.department).not.toBeNull();
    await expect(inviteAccount(admin, { name: "Again", email })).rejects.toMatchObject({
      status: 409,
      fieldErrors: { email: expect.any(String) },
    });
    await expect(inviteAccount(admin, { name: "", email: "nope" })).rejects.toMatchObject({
      status: 400,
      fieldErrors: { name: expect.any(String), email: expect.any(String) },
    });
  });
});
