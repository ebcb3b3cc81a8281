import "server-only";
import { db, type Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { rooms } from "@/lib/realtime/events";
import { disconnectUserSockets, setUserInRoom } from "@/lib/realtime/publish";
import { parseFilter, pageOf } from "@/lib/scim/filter";
import { invalidValue, notFound, ScimError } from "@/lib/scim/scim-error";
import { LIST_RESPONSE } from "@/lib/scim/scim-users";
import { groupMapping } from "@/lib/sso/config";
import { cleanText, syncGroups } from "@/lib/sso/directory";

// SCIM 2.0 Groups (RFC 7643 §4.2). Hearth keeps the provider's groups as DirectoryGroup rows; a group's name maps to a
// role and to communities through the same settings as OpenID Connect's groups claim (SSO_*_GROUPS), so a person
// added to "Hearth Admins" in the directory becomes an admin, and one removed from "Volunteers" leaves that community.

export const CORE_GROUP = "urn:ietf:params:scim:schemas:core:2.0:Group";

const groupSelect = {
  id: true,
  displayName: true,
  externalId: true,
  createdAt: true,
  updatedAt: true,
  members: { select: { user: { select: { id: true, name: true } } } },
} as const satisfies Prisma.DirectoryGroupSelect;

type StoredGroup = Prisma.DirectoryGroupGetPayload<{ select: typeof groupSelect }>;
type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

export function groupResource(group: StoredGroup, baseUrl: string, withMembers = true) {
  return {
    schemas: [CORE_GROUP],
    id: group.id,
    displayName: group.displayName,
    ...(group.externalId && { externalId: group.externalId }),
    ...(withMembers && {
      members: group.members.map(({ user }) => ({
        value: user.id,
        display: user.name,
        $ref: `${baseUrl}/scim/v2/Users/${user.id}`,
      })),
    }),
    meta: {
      resourceType: "Group",
      created: group.createdAt.toISOString(),
      lastModified: group.updatedAt.toISOString(),
      location: `${baseUrl}/scim/v2/Groups/${group.id}`,
    },
  };
}

function memberIds(value: unknown): string[] {
  const list = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  return list.map((item) => {
    const id = isObject(item) ? item.value : item;
    if (typeof id !== "string" || !id) throw invalidValue("members must be [{ value: <user id> }]");
    return id;
  });
}

type Effects = { userId: string; joined: string[]; left: string[]; roleChanged: boolean }[];

/** Re-applies the group mapping to people whose groups changed; returns what to tell their sockets after commit. */
async function resync(tx: Tx, userIds: Iterable<string>): Promise<Effects> {
  const mapping = groupMapping();
  const effects: Effects = [];
  for (const userId of new Set(userIds)) {
    const groups = await tx.directoryGroupMember.findMany({
      where: { userId },
      select: { group: { select: { displayName: true } } },
    });
    const sync = await syncGroups(
      tx,
      userId,
      groups.map((g) => g.group.displayName),
      mapping,
    );
    if (sync.role) {
      await tx.auditEntry.create({
        data: {
          action: "people.role_changed",
          targetType: "User",
          targetId: userId,
          data: { from: sync.role.from, to: sync.role.to, via: "scim" },
        },
      });
    }
    effects.push({ userId, joined: sync.joined, left: sync.left, roleChanged: Boolean(sync.role) });
  }
  return effects;
}

function announce(effects: Effects) {
  for (const effect of effects) {
    for (const id of effect.joined) setUserInRoom(effect.userId, rooms.community(id), true);
    for (const id of effect.left) setUserInRoom(effect.userId, rooms.community(id), false);
    if (effect.roleChanged) disconnectUserSockets(effect.userId);
  }
}

async function requireUsers(tx: Tx, ids: string[]) {
  if (ids.length === 0) return;
  const found = await tx.user.count({ where: { id: { in: ids } } });
  if (found !== new Set(ids).size) throw invalidValue("A member is not a user here");
}

async function readGroup(id: string): Promise<StoredGroup> {
  const group = await db.directoryGroup.findUnique({ where: { id }, select: groupSelect });
  if (!group) throw notFound(`Group ${id}`);
  return group;
}

function displayNameOf(value: unknown): string {
  const name = cleanText(value, 200);
  if (!name) throw invalidValue("displayName is required");
  return name;
}

async function uniqueName(tx: Tx, displayName: string, id: string | null) {
  const holder = await tx.directoryGroup.findUnique({ where: { displayName }, select: { id: true } });
  if (holder && holder.id !== id) throw new ScimError(409, `A group named ${displayName} exists`, "uniqueness");
}

export async function createScimGroup(body: unknown, baseUrl: string) {
  if (!isObject(body)) throw new ScimError(400, "The body must be a JSON object", "invalidSyntax");
  const displayName = displayNameOf(body.displayName);
  const members = memberIds(body.members);
  const { id, effects } = await db.$transaction(async (tx) => {
    await uniqueName(tx, displayName, null);
    await requireUsers(tx, members);
    const group = await tx.directoryGroup.create({
      data: {
        displayName,
        externalId: typeof body.externalId === "string" ? body.externalId : null,
        members: { create: [...new Set(members)].map((userId) => ({ userId })) },
      },
      select: { id: true },
    });
    return { id: group.id, effects: await resync(tx, members) };
  });
  announce(effects);
  return groupResource(await readGroup(id), baseUrl);
}

export async function getScimGroup(id: string, baseUrl: string, params: URLSearchParams) {
  return groupResource(await readGroup(id), baseUrl, !excludesMembers(params));
}

function excludesMembers(params: URLSearchParams) {
  return (params.get("excludedAttributes") ?? "").split(",").some((a) => a.trim().toLowerCase() === "members");
}

export async function replaceScimGroup(id: string, body: unknown, baseUrl: string) {
  if (!isObject(body)) throw new ScimError(400, "The body must be a JSON object", "invalidSyntax");
  const before = await readGroup(id);
  const displayName = displayNameOf(body.displayName);
  const members = [...new Set(memberIds(body.members))];
  const effects = await db.$transaction(async (tx) => {
    await uniqueName(tx, displayName, id);
    await requireUsers(tx, members);
    await tx.directoryGroup.update({
      where: { id },
      data: {
        displayName,
        ...(typeof body.externalId === "string" && { externalId: body.externalId }),
      },
    });
    await tx.directoryGroupMember.deleteMany({ where: { groupId: id } });
    await tx.directoryGroupMember.createMany({ data: members.map((userId) => ({ groupId: id, userId })) });
    return resync(tx, [...before.members.map((m) => m.user.id), ...members]);
  });
  announce(effects);
  return groupResource(await readGroup(id), baseUrl);
}

/** PATCH as Entra ID and Okta send it: add/remove members, remove `members[value eq "…"]`, replace displayName. */
export async function patchScimGroup(id: string, body: unknown, baseUrl: string, params: URLSearchParams) {
  if (!isObject(body)) throw new ScimError(400, "The body must be a JSON object", "invalidSyntax");
  const operations = body.Operations ?? body.operations;
  if (!Array.isArray(operations) || operations.length === 0) {
    throw new ScimError(400, "A PatchOp needs a non-empty Operations array", "invalidSyntax");
  }
  const before = await readGroup(id);
  const effects = await db.$transaction(async (tx) => {
    const touched = new Set<string>();
    let displayName: string | undefined;
    for (const raw of operations) {
      if (!isObject(raw)) throw new ScimError(400, "Each operation must be an object", "invalidSyntax");
      const op = String(raw.op ?? "").toLowerCase();
      const path = typeof raw.path === "string" ? raw.path.trim() : "";
      const filtered = /^members\[\s*value\s+eq\s+"([^"]+)"\s*\]$/i.exec(path);
      if (op === "add" && /^members$/i.test(path)) {
        const ids = memberIds(raw.value);
        await requireUsers(tx, ids);
        await tx.directoryGroupMember.createMany({
          data: ids.map((userId) => ({ groupId: id, userId })),
          skipDuplicates: true,
        });
        ids.forEach((u) => touched.add(u));
      } else if (op === "remove" && (filtered || /^members$/i.test(path))) {
        // Without a value, "remove members" empties the group (RFC 7644 §3.5.2.2).
        const ids = filtered
          ? [filtered[1]!]
          : raw.value === undefined
            ? before.members.map((m) => m.user.id)
            : memberIds(raw.value);
        await tx.directoryGroupMember.deleteMany({ where: { groupId: id, userId: { in: ids } } });
        ids.forEach((u) => touched.add(u));
      } else if (op === "replace" && /^members$/i.test(path)) {
        const ids = memberIds(raw.value);
        await requireUsers(tx, ids);
        const current = await tx.directoryGroupMember.findMany({ where: { groupId: id }, select: { userId: true } });
        current.forEach((m) => touched.add(m.userId));
        await tx.directoryGroupMember.deleteMany({ where: { groupId: id } });
        await tx.directoryGroupMember.createMany({
          data: [...new Set(ids)].map((userId) => ({ groupId: id, userId })),
        });
        ids.forEach((u) => touched.add(u));
      } else if ((op === "replace" || op === "add") && /^displayName$/i.test(path)) {
        displayName = displayNameOf(raw.value);
      } else if ((op === "replace" || op === "add") && !path && isObject(raw.value)) {
        // Okta: { op: "replace", value: { id, displayName } }
        if ("displayName" in raw.value) displayName = displayNameOf(raw.value.displayName);
        if ("members" in raw.value) {
          const ids = memberIds(raw.value.members);
          await requireUsers(tx, ids);
          await tx.directoryGroupMember.createMany({
            data: ids.map((userId) => ({ groupId: id, userId })),
            skipDuplicates: true,
          });
          ids.forEach((u) => touched.add(u));
        }
      } else if (op === "replace" && /^externalId$/i.test(path) && typeof raw.value === "string") {
        await tx.directoryGroup.update({ where: { id }, data: { externalId: raw.value } });
      } else {
        throw new ScimError(400, `Unsupported operation: ${String(raw.op)} ${path || "(no path)"}`, "invalidPath");
      }
    }
    if (displayName !== undefined) {
      await uniqueName(tx, displayName, id);
      await tx.directoryGroup.update({ where: { id }, data: { displayName } });
      before.members.forEach((m) => touched.add(m.user.id));
      (await tx.directoryGroupMember.findMany({ where: { groupId: id }, select: { userId: true } })).forEach((m) =>
        touched.add(m.userId),
      );
    } else {
      await tx.directoryGroup.update({ where: { id }, data: { updatedAt: new Date() } });
    }
    return resync(tx, touched);
  });
  announce(effects);
  return groupResource(await readGroup(id), baseUrl, !excludesMembers(params));
}

export async function deleteScimGroup(id: string) {
  const before = await readGroup(id);
  const effects = await db.$transaction(async (tx) => {
    await tx.directoryGroup.delete({ where: { id } });
    return resync(
      tx,
      before.members.map((m) => m.user.id),
    );
  });
  announce(effects);
}

export async function listScimGroups(params: URLSearchParams, baseUrl: string) {
  const where: Prisma.DirectoryGroupWhereInput = {};
  for (const { attribute, value } of parseFilter(params.get("filter"), ["displayName", "externalId", "id"])) {
    if (attribute === "displayName") where.displayName = value;
    else if (attribute === "externalId") where.externalId = value;
    else where.id = value;
  }
  const { skip, take } = pageOf(params);
  const [total, rows] = await Promise.all([
    db.directoryGroup.count({ where }),
    take === 0
      ? Promise.resolve([])
      : db.directoryGroup.findMany({ where, select: groupSelect, orderBy: { createdAt: "asc" }, skip, take }),
  ]);
  const withMembers = !excludesMembers(params);
  return {
    schemas: [LIST_RESPONSE],
    totalResults: total,
    startIndex: skip + 1,
    itemsPerPage: rows.length,
    Resources: rows.map((row) => groupResource(row, baseUrl, withMembers)),
  };
}
