import { beforeAll, describe, expect, it } from "vitest";
import * as groupItem from "@/app/scim/v2/Groups/[id]/route";
import * as groupList from "@/app/scim/v2/Groups/route";
import * as resourceTypesRoute from "@/app/scim/v2/ResourceTypes/route";
import * as schemasRoute from "@/app/scim/v2/Schemas/route";
import * as configRoute from "@/app/scim/v2/ServiceProviderConfig/route";
import * as userItem from "@/app/scim/v2/Users/[id]/route";
import * as userList from "@/app/scim/v2/Users/route";
import { actorFromCookies } from "@/lib/auth/session-actor";
import { SESSION_COOKIE } from "@/lib/auth/session-token";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { createScimToken, revokeScimToken } from "@/lib/scim/scim-tokens";
import { createPost, createUser, randomKey } from "@/lib/test/factories";
import { encode } from "next-auth/jwt";

// Replays of the request sequences Microsoft Entra ID and Okta document for their SCIM clients, against the real
// route handlers and database. Entra ID: "Tutorial: Develop and plan provisioning for a SCIM endpoint" (request and
// response examples). Okta: "SCIM 2.0 protocol reference" (create, profile update, deactivate, push groups).

const BASE = "http://hearth.test";
let token = "";

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

async function call(handler: Handler, method: string, path: string, body?: unknown, bearer = token) {
  const response = await handler(
    new Request(`${BASE}${path}`, {
      method,
      headers: {
        ...(bearer && { authorization: `Bearer ${bearer}` }),
        ...(body !== undefined && { "content-type": "application/scim+json" }),
      },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    }),
    { params: Promise.resolve({ id: path.split("?")[0]!.split("/")[4] ?? "" }) },
  );
  const text = await response.text();
  return { status: response.status, type: response.headers.get("content-type"), body: text ? JSON.parse(text) : null };
}

const ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
const PATCH = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

beforeAll(async () => {
  const { actor: admin } = await createUser({ role: "ADMIN" });
  token = (await createScimToken(admin, { name: "Test IdP" })).token;
});

describe("SCIM authentication and errors", () => {
  it("[AUTH] no token, a wrong token or a revoked one is a SCIM 401; the token is stored only as a hash", async () => {
    for (const bearer of ["", "hearth_scim_wrong"]) {
      const reply = await call(userList.GET, "GET", "/scim/v2/Users", undefined, bearer);
      expect(reply.status).toBe(401);
      expect(reply.body).toMatchObject({ schemas: ["urn:ietf:params:scim:api:messages:2.0:Error"], status: "401" });
    }
    const { actor: admin } = await createUser({ role: "ADMIN" });
    const made = await createScimToken(admin, { name: "Short-lived" });
    expect(await db.scimToken.count({ where: { tokenHash: made.token } })).toBe(0);
    expect((await call(userList.GET, "GET", "/scim/v2/Users?count=1", undefined, made.token)).status).toBe(200);
    await revokeScimToken(admin, { tokenId: made.id });
    expect((await call(userList.GET, "GET", "/scim/v2/Users", undefined, made.token)).status).toBe(401);
    const { actor: employee } = await createUser();
    await expect(createScimToken(employee, { name: "x" })).rejects.toMatchObject({ status: 403 });
  });

  it("errors follow RFC 7644: unsupported filter, unknown id, duplicate userName, bad op", async () => {
    const filter = await call(userList.GET, "GET", `/scim/v2/Users?filter=${encodeURIComponent('title co "x"')}`);
    expect(filter).toMatchObject({ status: 400, body: { scimType: "invalidFilter", status: "400" } });
    expect(filter.type).toBe("application/scim+json");
    const missing = await call(userItem.GET, "GET", "/scim/v2/Users/nobody");
    expect(missing).toMatchObject({ status: 404, body: { status: "404" } });
    const { user } = await createUser();
    const duplicate = await call(userList.POST, "POST", "/scim/v2/Users", { userName: user.email, active: true });
    expect(duplicate).toMatchObject({ status: 409, body: { scimType: "uniqueness" } });
    const noEmail = await call(userList.POST, "POST", "/scim/v2/Users", { userName: "not-an-email" });
    expect(noEmail).toMatchObject({ status: 400, body: { scimType: "invalidValue" } });
    const badOp = await call(userItem.PATCH, "PATCH", `/scim/v2/Users/${user.id}`, {
      schemas: [PATCH],
      Operations: [{ op: "move", path: "title", value: "x" }],
    });
    expect(badOp).toMatchObject({ status: 400, body: { scimType: "invalidSyntax" } });
  });

  it("discovery endpoints describe the service provider", async () => {
    expect((await call(configRoute.GET, "GET", "/scim/v2/ServiceProviderConfig")).body).toMatchObject({
      patch: { supported: true },
      filter: { supported: true },
      bulk: { supported: false },
    });
    const schemas = (await call(schemasRoute.GET, "GET", "/scim/v2/Schemas")).body;
    expect(schemas.Resources.map((s: { id: string }) => s.id)).toContain(ENTERPRISE);
    const types = (await call(resourceTypesRoute.GET, "GET", "/scim/v2/ResourceTypes")).body;
    expect(types.Resources.map((t: { endpoint: string }) => t.endpoint)).toEqual(["/Users", "/Groups"]);
  });
});

describe("Microsoft Entra ID's sequence", () => {
  it("[SCIM] find, create, update attributes and manager, group membership, deactivate, delete", async () => {
    const key = randomKey();
    const userName = `Test_User_${key}@contoso.example`;
    // 1. Entra looks the user up by its matching attribute first.
    const lookup = await call(
      userList.GET,
      "GET",
      `/scim/v2/Users?filter=${encodeURIComponent(`userName eq "${userName}"`)}`,
    );
    expect(lookup).toMatchObject({
      status: 200,
      body: { schemas: ["urn:ietf:params:scim:api:messages:2.0:ListResponse"], totalResults: 0, Resources: [] },
    });
    const { user: boss } = await createUser({ name: `Boss ${key}` });
    // 2. Create, as Entra sends it.
    const created = await call(userList.POST, "POST", "/scim/v2/Users", {
      schemas: ["urn:ietf:params:scim:schemas:core:2.0:User", ENTERPRISE],
      externalId: `0a21f0f2-${key}`,
      userName,
      active: true,
      emails: [{ primary: true, type: "work", value: `Test_User_${key}@contoso.example` }],
      meta: { resourceType: "User" },
      name: { formatted: "givenName familyName", familyName: "familyName", givenName: "givenName" },
      roles: [],
      title: "Engineer",
      [ENTERPRISE]: { department: `Research ${key}`, manager: { value: boss.id } },
    });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    expect(created.body).toMatchObject({
      userName: userName.toLowerCase(),
      externalId: `0a21f0f2-${key}`,
      active: true,
      title: "Engineer",
      [ENTERPRISE]: { department: `Research ${key}`, manager: { value: boss.id } },
      meta: { resourceType: "User", location: `${BASE}/scim/v2/Users/${id}` },
    });
    const stored = await db.user.findUniqueOrThrow({ where: { id }, include: { department: true } });
    expect(stored).toMatchObject({ name: "givenName familyName", managerId: boss.id, role: "EMPLOYEE" });
    expect(stored.department?.name).toBe(`Research ${key}`);
    // 3. The same lookups now find it (Entra also matches on externalId).
    for (const filter of [`userName eq "${userName}"`, `externalId eq "0a21f0f2-${key}"`]) {
      const found = await call(userList.GET, "GET", `/scim/v2/Users?filter=${encodeURIComponent(filter)}`);
      expect(found.body).toMatchObject({ totalResults: 1, Resources: [{ id }] });
    }
    // 4. Attribute updates: capitalised ops, filtered email path, extension paths.
    const newMail = `updated_${key}@contoso.example`;
    const patched = await call(userItem.PATCH, "PATCH", `/scim/v2/Users/${id}`, {
      schemas: [PATCH],
      Operations: [
        { op: "Replace", path: 'emails[type eq "work"].value', value: newMail },
        { op: "Replace", path: "name.familyName", value: "updatedFamilyName" },
        { op: "Replace", path: "displayName", value: "Updated Name" },
        { op: "Add", path: `${ENTERPRISE}:department`, value: `Sales ${key}` },
      ],
    });
    expect(patched).toMatchObject({ status: 200, body: { userName: newMail, displayName: "Updated Name" } });
    expect(patched.body[ENTERPRISE].department).toBe(`Sales ${key}`);
    // 5. Manager removed, then set again with Entra's bare-id value.
    await call(userItem.PATCH, "PATCH", `/scim/v2/Users/${id}`, {
      schemas: [PATCH],
      Operations: [{ op: "Remove", path: `${ENTERPRISE}:manager` }],
    });
    expect((await db.user.findUniqueOrThrow({ where: { id } })).managerId).toBeNull();
    await call(userItem.PATCH, "PATCH", `/scim/v2/Users/${id}`, {
      schemas: [PATCH],
      Operations: [{ op: "Add", path: `${ENTERPRISE}:manager`, value: boss.id }],
    });
    expect((await db.user.findUniqueOrThrow({ where: { id } })).managerId).toBe(boss.id);
    // 6. Groups: create with no members, add a member, remove it (Entra's shapes, with excludedAttributes).
    const group = await call(groupList.POST, "POST", "/scim/v2/Groups", {
      schemas: ["urn:ietf:params:scim:schemas:core:2.0:Group"],
      externalId: `8aa1a0c0-${key}`,
      displayName: `Group ${key}`,
      meta: { resourceType: "Group" },
    });
    expect(group).toMatchObject({ status: 201, body: { displayName: `Group ${key}`, members: [] } });
    const gid = group.body.id as string;
    const byName = await call(
      groupList.GET,
      "GET",
      `/scim/v2/Groups?excludedAttributes=members&filter=${encodeURIComponent(`displayName eq "Group ${key}"`)}`,
    );
    expect(byName.body).toMatchObject({ totalResults: 1, Resources: [{ id: gid }] });
    expect(byName.body.Resources[0].members).toBeUndefined();
    await call(groupItem.PATCH, "PATCH", `/scim/v2/Groups/${gid}`, {
      schemas: [PATCH],
      Operations: [{ op: "Add", path: "members", value: [{ $ref: null, value: id }] }],
    });
    expect((await call(groupItem.GET, "GET", `/scim/v2/Groups/${gid}`)).body.members).toEqual([
      expect.objectContaining({ value: id }),
    ]);
    await call(groupItem.PATCH, "PATCH", `/scim/v2/Groups/${gid}`, {
      schemas: [PATCH],
      Operations: [{ op: "Remove", path: "members", value: [{ $ref: null, value: id }] }],
    });
    expect((await call(groupItem.GET, "GET", `/scim/v2/Groups/${gid}`)).body.members).toEqual([]);
    // 7. Disable: Entra sends the boolean as the string "False".
    const post = await createPost(id);
    const session = await encode({ token: { sub: id, sv: 0 }, secret: env().AUTH_SECRET, salt: SESSION_COOKIE });
    const cookie = (name: string) => (name === SESSION_COOKIE ? session : undefined);
    expect(await actorFromCookies(cookie)).not.toBeNull();
    const disabled = await call(userItem.PATCH, "PATCH", `/scim/v2/Users/${id}`, {
      schemas: [PATCH],
      Operations: [{ op: "Replace", path: "active", value: "False" }],
    });
    expect(disabled.body.active).toBe(false);
    expect(await actorFromCookies(cookie)).toBeNull();
    expect(await db.user.findUniqueOrThrow({ where: { id } })).toMatchObject({ deactivatedBy: "scim" });
    expect(await db.post.count({ where: { id: post.id, authorId: id } })).toBe(1);
    // 8. Delete: the account is deactivated (content stays), the group goes.
    expect((await call(userItem.DELETE, "DELETE", `/scim/v2/Users/${id}`)).status).toBe(204);
    expect((await call(groupItem.DELETE, "DELETE", `/scim/v2/Groups/${gid}`)).status).toBe(204);
    expect((await call(groupItem.GET, "GET", `/scim/v2/Groups/${gid}`)).status).toBe(404);
  });
});

describe("Okta's sequence", () => {
  it("[SCIM] find, create, read, PUT profile, push groups mapped to a role, deactivate and reactivate", async () => {
    const key = randomKey();
    const userName = `okta.user.${key}@example.com`;
    const lookup = await call(
      userList.GET,
      "GET",
      `/scim/v2/Users?filter=${encodeURIComponent(`userName eq "${userName}"`)}&startIndex=1&count=100`,
    );
    expect(lookup.body).toMatchObject({ totalResults: 0, startIndex: 1 });
    const created = await call(userList.POST, "POST", "/scim/v2/Users", {
      schemas: ["urn:ietf:params:scim:schemas:core:2.0:User"],
      userName,
      name: { givenName: "Okta", familyName: `User ${key}` },
      emails: [{ primary: true, value: userName, type: "work" }],
      displayName: `Okta User ${key}`,
      locale: "en-US",
      externalId: `00ujl29u0le5T6Aj10h${key}`,
      groups: [],
      password: "1mz050nq",
      active: true,
    });
    expect(created).toMatchObject({ status: 201, body: { userName, active: true, locale: "en-US" } });
    const id = created.body.id as string;
    expect((await call(userItem.GET, "GET", `/scim/v2/Users/${id}`)).body).toMatchObject({ id, userName });
    // Profile update: Okta replaces the whole resource with PUT.
    const replaced = await call(userItem.PUT, "PUT", `/scim/v2/Users/${id}`, {
      schemas: ["urn:ietf:params:scim:schemas:core:2.0:User"],
      id,
      userName,
      name: { givenName: "Okta", familyName: "Renamed" },
      emails: [{ primary: true, value: userName, type: "work" }],
      displayName: "Okta Renamed",
      title: "Buyer",
      active: true,
    });
    expect(replaced).toMatchObject({ status: 200, body: { displayName: "Okta Renamed", title: "Buyer" } });
    // Push groups: a group whose name SSO_LEADER_GROUPS lists makes its members leaders.
    process.env.SSO_LEADER_GROUPS = `Leaders ${key}`;
    try {
      const group = await call(groupList.POST, "POST", "/scim/v2/Groups", {
        schemas: ["urn:ietf:params:scim:schemas:core:2.0:Group"],
        displayName: `Okta ${key}`,
        members: [{ value: id, display: userName }],
      });
      expect(group.status).toBe(201);
      const gid = group.body.id as string;
      expect((await db.user.findUniqueOrThrow({ where: { id } })).role).toBe("EMPLOYEE");
      const renamed = await call(groupItem.PATCH, "PATCH", `/scim/v2/Groups/${gid}`, {
        schemas: [PATCH],
        Operations: [{ op: "replace", value: { id: gid, displayName: `Leaders ${key}` } }],
      });
      expect(renamed.body.displayName).toBe(`Leaders ${key}`);
      expect((await db.user.findUniqueOrThrow({ where: { id } })).role).toBe("LEADER");
      await call(groupItem.PATCH, "PATCH", `/scim/v2/Groups/${gid}`, {
        schemas: [PATCH],
        Operations: [{ op: "remove", path: `members[value eq "${id}"]` }],
      });
      expect((await db.user.findUniqueOrThrow({ where: { id } })).role).toBe("EMPLOYEE");
      expect(
        await db.auditEntry.count({
          where: { targetId: id, action: "people.role_changed", data: { path: ["via"], equals: "scim" } },
        }),
      ).toBe(2);
    } finally {
      delete process.env.SSO_LEADER_GROUPS;
    }
    // Deactivate: Okta's path-less replace with a boolean.
    const off = await call(userItem.PATCH, "PATCH", `/scim/v2/Users/${id}`, {
      schemas: [PATCH],
      Operations: [{ op: "replace", value: { active: false } }],
    });
    expect(off.body.active).toBe(false);
    const byName = await call(
      userList.GET,
      "GET",
      `/scim/v2/Users?filter=${encodeURIComponent(`userName eq "${userName}"`)}`,
    );
    expect(byName.body.Resources[0]).toMatchObject({ id, active: false });
    const on = await call(userItem.PATCH, "PATCH", `/scim/v2/Users/${id}`, {
      schemas: [PATCH],
      Operations: [{ op: "replace", value: { active: true } }],
    });
    expect(on.body.active).toBe(true);
    expect(
      await db.auditEntry.count({
        where: { targetId: id, action: { in: ["people.deactivated", "people.reactivated"] } },
      }),
    ).toBe(2);
  });
});
