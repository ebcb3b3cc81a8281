import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { encodeCursor } from "@/lib/pagination";
import { listPeople } from "@/lib/people/list-people";
import { createDepartment, createUser, randomKey } from "@/lib/test/factories";

// Every person here has a name starting with a prefix unique to this run, and each list searches `q` by it,
// so whatever else is in the database does not interfere.
const prefix = `Lp${randomKey()}`;
let viewer: Actor;
let departmentSlug: string;
/** The active people with the prefix, in the order the directory must show them: name, then id. */
let expected: { id: string; name: string }[];
let inDepartment: string[];
let deactivatedIds: string[];

async function walk(input: Record<string, unknown>): Promise<{ ids: string[]; pages: number }> {
  const ids: string[] = [];
  let cursor: string | undefined;
  let pages = 0;
  do {
    const page = await listPeople(viewer, { ...input, cursor });
    pages += 1;
    expect(page.items.length).toBeLessThanOrEqual(Number(input.limit ?? 24));
    ids.push(...page.items.map((item) => item.id));
    cursor = page.nextCursor ?? undefined;
    if (pages > 20) throw new Error("pagination does not end");
  } while (cursor);
  return { ids, pages };
}

describe("listPeople", () => {
  beforeAll(async () => {
    viewer = (await createUser()).actor;
    const department = await createDepartment();
    departmentSlug = department.slug;
    // Two people share a name, so the (name, id) keyset must break the tie; created out of name order.
    const specs = [
      { name: `${prefix} Delta`, departmentId: department.id },
      { name: `${prefix} Alpha` },
      { name: `${prefix} Charlie`, departmentId: department.id },
      { name: `${prefix} Bravo` },
      { name: `${prefix} Bravo` },
    ];
    const people = [];
    for (const spec of specs) people.push((await createUser(spec)).user);
    expected = people
      .map(({ id, name }) => ({ id, name }))
      .sort((a, b) => (a.name === b.name ? (a.id < b.id ? -1 : 1) : a.name < b.name ? -1 : 1));
    inDepartment = people.filter((person) => person.departmentId === department.id).map((person) => person.id);

    const deactivated = [
      (await createUser({ name: `${prefix} Aardvark`, deactivatedAt: new Date() })).user,
      (await createUser({ name: `${prefix} Charlie`, departmentId: department.id, deactivatedAt: new Date() })).user,
    ];
    deactivatedIds = deactivated.map((person) => person.id);
  });

  it("[PEOPLE] cursor pagination walks every matching person exactly once, in name order", async () => {
    const { ids, pages } = await walk({ q: prefix, limit: 2 });
    expect(ids).toEqual(expected.map((person) => person.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(pages).toBe(3); // 2 + 2 + 1
  });

  it("[PEOPLE] the search is case-insensitive and ignores surrounding spaces", async () => {
    const page = await listPeople(viewer, { q: `  ${prefix.toUpperCase()} bravo `, limit: 10 });
    expect(page.items.map((item) => item.id)).toEqual(
      expected.filter((p) => p.name.endsWith("Bravo")).map((p) => p.id),
    );
    expect(page.nextCursor).toBeNull();
  });

  it("[PEOPLE] the department filter keeps only that department's people", async () => {
    const { ids } = await walk({ q: prefix, department: departmentSlug, limit: 1 });
    expect(ids.sort()).toEqual([...inDepartment].sort());
    expect(ids).toHaveLength(2);

    const none = await listPeople(viewer, { q: prefix, department: `no-such-${randomKey()}` });
    expect(none).toEqual({ items: [], nextCursor: null });
  });

  it("[PEOPLE] deactivated people never appear, whatever the filter", async () => {
    const { ids } = await walk({ q: prefix, limit: 60 });
    const inDept = await walk({ q: prefix, department: departmentSlug, limit: 60 });
    for (const id of deactivatedIds) {
      expect(ids).not.toContain(id);
      expect(inDept.ids).not.toContain(id);
    }
  });

  it("[PEOPLE] a person card shows no email or password hash", async () => {
    const page = await listPeople(viewer, { q: prefix, limit: 1 });
    expect(page.items[0]).toBeDefined();
    expect(page.items[0]).not.toHaveProperty("email");
    expect(page.items[0]).not.toHaveProperty("passwordHash");
  });

  it("[PEOPLE] a garbage cursor is ignored and the first page is shown", async () => {
    const first = await listPeople(viewer, { q: prefix, limit: 2 });
    for (const cursor of [
      "garbage!!",
      "bm90IGpzb24",
      Buffer.from('{"a":1}').toString("base64url"),
      encodeCursor(["a", { id: 1 }] as never),
    ]) {
      expect(await listPeople(viewer, { q: prefix, limit: 2, cursor })).toEqual(first);
    }
  });

  it("[PEOPLE] an overlong cursor or a bad limit is BAD_INPUT naming the field", async () => {
    await expect(listPeople(viewer, { q: prefix, cursor: "x".repeat(501) })).rejects.toMatchObject({
      code: "BAD_INPUT",
      fieldErrors: { cursor: expect.any(String) },
    });
    await expect(listPeople(viewer, { q: prefix, limit: 61 })).rejects.toMatchObject({
      code: "BAD_INPUT",
      fieldErrors: { limit: expect.any(String) },
    });
  });

  it("[PEOPLE] listing people needs a signed-in actor", async () => {
    await expect(listPeople(null, { q: prefix })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });
});
