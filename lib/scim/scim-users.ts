import "server-only";
import { db, type Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { deactivateInTx, endSessionsNow, reactivateInTx } from "@/lib/people/admin/lifecycle";
import { parseFilter, pageOf } from "@/lib/scim/filter";
import { invalidValue, notFound, ScimError } from "@/lib/scim/scim-error";
import { cleanEmail, cleanText, departmentIdFor, freeHandle } from "@/lib/sso/directory";

// SCIM 2.0 Users (RFC 7643 §4.1 with the enterprise extension §4.3) over Hearth's User: create, read, list with
// filters, replace (PUT), patch (the operation shapes Entra ID and Okta send) and DELETE, which deactivates: the
// person's posts stay under their name, as an admin's deactivation leaves them.

export const CORE_USER = "urn:ietf:params:scim:schemas:core:2.0:User";
export const ENTERPRISE_USER = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
export const LIST_RESPONSE = "urn:ietf:params:scim:api:messages:2.0:ListResponse";
export const PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

const userSelect = {
  id: true,
  email: true,
  name: true,
  title: true,
  locale: true,
  location: true,
  scimExternalId: true,
  deactivatedAt: true,
  createdAt: true,
  updatedAt: true,
  department: { select: { name: true } },
  manager: { select: { id: true, name: true } },
} as const satisfies Prisma.UserSelect;

type StoredUser = Prisma.UserGetPayload<{ select: typeof userSelect }>;

export function userResource(user: StoredUser, baseUrl: string) {
  return {
    schemas: [CORE_USER, ENTERPRISE_USER],
    id: user.id,
    ...(user.scimExternalId && { externalId: user.scimExternalId }),
    userName: user.email,
    name: { formatted: user.name },
    displayName: user.name,
    ...(user.title && { title: user.title }),
    ...(user.locale && { locale: user.locale, preferredLanguage: user.locale }),
    active: user.deactivatedAt === null,
    emails: [{ value: user.email, type: "work", primary: true }],
    ...(user.location && { addresses: [{ type: "work", locality: user.location, primary: true }] }),
    [ENTERPRISE_USER]: {
      ...(user.department && { department: user.department.name }),
      ...(user.manager && { manager: { value: user.manager.id, displayName: user.manager.name } }),
    },
    meta: {
      resourceType: "User",
      created: user.createdAt.toISOString(),
      lastModified: user.updatedAt.toISOString(),
      location: `${baseUrl}/scim/v2/Users/${user.id}`,
    },
  };
}

/** The attributes Hearth keeps, flattened: what a SCIM write reads into and a PATCH edits. */
export type UserModel = {
  userName?: string;
  email?: string;
  externalId?: string | null;
  formatted?: string;
  givenName?: string;
  familyName?: string;
  displayName?: string;
  title?: string;
  locale?: string;
  location?: string;
  active?: boolean;
  department?: string;
  managerId?: string | null;
};

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Booleans as providers send them: true/false, and Entra ID's "True"/"False" strings. */
export function scimBoolean(value: unknown, attribute: string): boolean {
  if (typeof value === "boolean") return value;
  if (typeof value === "string" && /^(true|false)$/i.test(value)) return value.toLowerCase() === "true";
  throw invalidValue(`${attribute} must be true or false`);
}

function text(value: unknown, attribute: string): string {
  if (value === null || value === undefined) return "";
  if (typeof value !== "string") throw invalidValue(`${attribute} must be a string`);
  return value;
}

function managerIdOf(value: unknown): string | null {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return managerIdOf(value[0]);
  if (isObject(value)) return managerIdOf(value.value);
  throw invalidValue("manager must be a user id or { value: id }");
}

function primaryEmail(value: unknown): string | undefined {
  if (!Array.isArray(value)) return undefined;
  const emails = value.filter(isObject);
  const chosen =
    emails.find((e) => e.primary === true || e.primary === "true") ??
    emails.find((e) => e.type === "work") ??
    emails[0];
  return typeof chosen?.value === "string" ? chosen.value : undefined;
}

function workLocality(value: unknown): string | undefined {
  if (!Array.isArray(value)) return undefined;
  const addresses = value.filter(isObject);
  const chosen = addresses.find((a) => a.primary === true) ?? addresses.find((a) => a.type === "work") ?? addresses[0];
  return typeof chosen?.locality === "string" ? chosen.locality : undefined;
}

/** Reads a whole resource (POST, PUT) into the model; attributes it leaves out stay undefined. */
export function modelFromResource(body: Json): UserModel {
  const model: UserModel = {};
  if ("userName" in body) model.userName = text(body.userName, "userName");
  if ("externalId" in body) model.externalId = body.externalId === null ? null : text(body.externalId, "externalId");
  const name = isObject(body.name) ? body.name : undefined;
  if (name) {
    if ("formatted" in name) model.formatted = text(name.formatted, "name.formatted");
    if ("givenName" in name) model.givenName = text(name.givenName, "name.givenName");
    if ("familyName" in name) model.familyName = text(name.familyName, "name.familyName");
  }
  if ("displayName" in body) model.displayName = text(body.displayName, "displayName");
  if ("title" in body) model.title = text(body.title, "title");
  if ("locale" in body) model.locale = text(body.locale, "locale");
  else if ("preferredLanguage" in body) model.locale = text(body.preferredLanguage, "preferredLanguage");
  if ("active" in body) model.active = scimBoolean(body.active, "active");
  const email = primaryEmail(body.emails);
  if (email !== undefined) model.email = email;
  const locality = workLocality(body.addresses);
  if (locality !== undefined) model.location = locality;
  const enterprise = isObject(body[ENTERPRISE_USER]) ? (body[ENTERPRISE_USER] as Json) : undefined;
  if (enterprise) {
    if ("department" in enterprise) model.department = text(enterprise.department, "department");
    if ("manager" in enterprise) model.managerId = managerIdOf(enterprise.manager);
  }
  return model;
}

/** Sets one attribute by its SCIM path (a PATCH with a path, or a key of a path-less PATCH's value object). */
function setPath(model: UserModel, rawPath: string, value: unknown, remove: boolean): void {
  const path = rawPath.trim();
  const lower = path.toLowerCase();
  const enterprise = ENTERPRISE_USER.toLowerCase();
  const key = lower.startsWith(`${enterprise}:`) ? `enterprise.${lower.slice(enterprise.length + 1)}` : lower;
  const str = (attribute: string) => (remove ? "" : text(value, attribute));
  switch (key) {
    case "username":
      model.userName = str("userName");
      return;
    case "externalid":
      model.externalId = remove ? null : text(value, "externalId");
      return;
    case "active":
      if (remove) throw new ScimError(400, "active cannot be removed", "mutability");
      model.active = scimBoolean(value, "active");
      return;
    case "displayname":
      model.displayName = str("displayName");
      return;
    case "title":
      model.title = str("title");
      return;
    case "locale":
    case "preferredlanguage":
      model.locale = str(path);
      return;
    case "name":
      if (isObject(value)) Object.entries(value).forEach(([k, v]) => setPath(model, `name.${k}`, v, remove));
      return;
    case "name.formatted":
      model.formatted = str("name.formatted");
      return;
    case "name.givenname":
      model.givenName = str("name.givenName");
      return;
    case "name.familyname":
      model.familyName = str("name.familyName");
      return;
    case "emails":
      if (!remove) model.email = primaryEmail(Array.isArray(value) ? value : [value]) ?? model.email;
      return;
    case "addresses":
      if (!remove) model.location = workLocality(Array.isArray(value) ? value : [value]) ?? model.location;
      return;
    case "enterprise.department":
      model.department = str("department");
      return;
    case "enterprise.manager":
    case "enterprise.manager.value":
      model.managerId = remove ? null : managerIdOf(value);
      return;
    case ENTERPRISE_USER.toLowerCase():
      if (isObject(value))
        Object.entries(value).forEach(([k, v]) => setPath(model, `${ENTERPRISE_USER}:${k}`, v, remove));
      return;
  }
  // emails[type eq "work"].value, addresses[type eq "work"].locality (Entra ID)
  if (/^emails\[.*\]\.value$/.test(lower)) {
    if (!remove) model.email = text(value, "emails.value");
    return;
  }
  if (/^addresses\[.*\]\.locality$/.test(lower)) {
    model.location = str("addresses.locality");
    return;
  }
  // Attributes Hearth does not keep (phone numbers, nickName, …) are accepted and ignored, as RFC 7644 allows for
  // attributes outside the service provider's schema subset; a malformed path is refused.
  if (!/^[a-z][\w:.-]*(\[.*\])?(\.\w+)?$/i.test(path)) throw new ScimError(400, `Invalid path: ${path}`, "invalidPath");
}

export function applyPatch(model: UserModel, body: Json): UserModel {
  const operations = body.Operations ?? body.operations;
  if (!Array.isArray(operations) || operations.length === 0) {
    throw new ScimError(400, "A PatchOp needs a non-empty Operations array", "invalidSyntax");
  }
  for (const raw of operations) {
    if (!isObject(raw)) throw new ScimError(400, "Each operation must be an object", "invalidSyntax");
    const op = String(raw.op ?? "").toLowerCase();
    if (op !== "add" && op !== "replace" && op !== "remove") {
      throw new ScimError(400, `Unknown op: ${String(raw.op)}`, "invalidSyntax");
    }
    const path = typeof raw.path === "string" ? raw.path : undefined;
    if (path) setPath(model, path, raw.value, op === "remove");
    else if (op === "remove") throw new ScimError(400, "remove needs a path", "noTarget");
    else if (isObject(raw.value)) Object.entries(raw.value).forEach(([k, v]) => setPath(model, k, v, false));
    else throw new ScimError(400, "An operation without a path needs an object value", "invalidSyntax");
  }
  return model;
}

function nameOf(model: UserModel): string | undefined {
  const parts = `${model.givenName ?? ""} ${model.familyName ?? ""}`.trim();
  return cleanText(model.displayName || model.formatted || parts, 100) || undefined;
}

/** The email a model names: its primary email, else a userName that is an email. */
function emailOf(model: UserModel): string | null {
  return cleanEmail(model.email) ?? cleanEmail(model.userName);
}

async function writeModel(
  tx: Tx,
  userId: string | null,
  model: UserModel,
  { replace }: { replace: boolean },
): Promise<{ id: string; deactivated: boolean }> {
  const email = emailOf(model);
  if (!userId && !email) throw invalidValue("userName or a primary email must be an email address");
  if (email) {
    const holder = await tx.user.findUnique({ where: { email }, select: { id: true } });
    if (holder && holder.id !== userId) throw new ScimError(409, `A user with the email ${email} exists`, "uniqueness");
  }
  if (model.externalId) {
    const holder = await tx.user.findUnique({ where: { scimExternalId: model.externalId }, select: { id: true } });
    if (holder && holder.id !== userId) {
      throw new ScimError(409, `A user with the externalId ${model.externalId} exists`, "uniqueness");
    }
  }
  if (model.managerId) {
    if (model.managerId === userId) throw invalidValue("A person cannot be their own manager");
    const manager = await tx.user.findUnique({ where: { id: model.managerId }, select: { id: true } });
    if (!manager) throw invalidValue(`manager ${model.managerId} is not a user here`);
  }
  const name = nameOf(model);
  const clear = replace ? "" : undefined;
  const data = {
    ...(email && { email }),
    ...(name && { name }),
    ...(model.externalId !== undefined && { scimExternalId: model.externalId || null }),
    ...((model.title !== undefined || replace) && { title: cleanText(model.title ?? clear, 100) }),
    ...((model.location !== undefined || replace) && { location: cleanText(model.location ?? clear, 80) }),
    ...(model.locale && { locale: cleanText(model.locale, 20).replace("_", "-") }),
    ...((model.department !== undefined || replace) && {
      departmentId: await departmentIdFor(tx, model.department ?? ""),
    }),
    ...((model.managerId !== undefined || replace) && { managerId: model.managerId ?? null }),
  };
  let id = userId;
  if (!id) {
    const created = await tx.user.create({
      data: {
        ...data,
        email: email!,
        name: name ?? email!,
        handle: await freeHandle(tx, name ?? "", email!),
      },
      select: { id: true },
    });
    id = created.id;
    await tx.auditEntry.create({
      data: { action: "people.provisioned", targetType: "User", targetId: id, data: { via: "scim" } },
    });
  } else {
    await tx.user.update({ where: { id }, data, select: { id: true } });
  }
  let deactivated = false;
  if (model.active === false) deactivated = await deactivateInTx(tx, id, "scim", null);
  else if (model.active === true) await reactivateInTx(tx, id, "scim", null);
  return { id, deactivated };
}

async function readUser(id: string): Promise<StoredUser> {
  const user = await db.user.findUnique({ where: { id }, select: userSelect });
  if (!user) throw notFound(`User ${id}`);
  return user;
}

function bodyObject(body: unknown): Json {
  if (!isObject(body)) throw new ScimError(400, "The body must be a JSON object", "invalidSyntax");
  return body;
}

export async function createScimUser(body: unknown, baseUrl: string) {
  const model = modelFromResource(bodyObject(body));
  const { id, deactivated } = await db.$transaction((tx) => writeModel(tx, null, model, { replace: false }));
  if (deactivated) endSessionsNow(id);
  return userResource(await readUser(id), baseUrl);
}

export async function getScimUser(id: string, baseUrl: string) {
  return userResource(await readUser(id), baseUrl);
}

export async function replaceScimUser(id: string, body: unknown, baseUrl: string) {
  await readUser(id);
  const model = modelFromResource(bodyObject(body));
  const result = await db.$transaction((tx) => writeModel(tx, id, model, { replace: true }));
  if (result.deactivated) endSessionsNow(id);
  return userResource(await readUser(id), baseUrl);
}

export async function patchScimUser(id: string, body: unknown, baseUrl: string) {
  await readUser(id);
  const model = applyPatch({}, bodyObject(body));
  const result = await db.$transaction((tx) => writeModel(tx, id, model, { replace: false }));
  if (result.deactivated) endSessionsNow(id);
  return userResource(await readUser(id), baseUrl);
}

/** DELETE deactivates (content stays under the person's name); a later GET still finds them, with active false. */
export async function deleteScimUser(id: string) {
  await readUser(id);
  const deactivated = await db.$transaction((tx) => deactivateInTx(tx, id, "scim", null));
  if (deactivated) endSessionsNow(id);
}

const USER_FILTERS = ["userName", "externalId", "id", "emails.value", "displayName"] as const;

export async function listScimUsers(params: URLSearchParams, baseUrl: string) {
  const where: Prisma.UserWhereInput = {};
  for (const { attribute, value } of parseFilter(params.get("filter"), USER_FILTERS)) {
    if (attribute === "userName" || attribute === "emails.value") where.email = value.trim().toLowerCase();
    else if (attribute === "externalId") where.scimExternalId = value;
    else if (attribute === "id") where.id = value;
    else where.name = value;
  }
  const { skip, take } = pageOf(params);
  const [total, rows] = await Promise.all([
    db.user.count({ where }),
    take === 0
      ? Promise.resolve([])
      : db.user.findMany({ where, select: userSelect, orderBy: { createdAt: "asc" }, skip, take }),
  ]);
  return {
    schemas: [LIST_RESPONSE],
    totalResults: total,
    startIndex: skip + 1,
    itemsPerPage: rows.length,
    Resources: rows.map((row) => userResource(row, baseUrl)),
  };
}
