import "server-only";
import type { Tx } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { addMember, dropMember } from "@/lib/communities/add-member";
import { handleFromName } from "@/lib/people/handle";
import type { GroupMapping } from "@/lib/sso/config";
import { communitiesForGroups, managesRoles, roleForGroups } from "@/lib/sso/group-mapping";

// The writes every provisioning path shares (OpenID Connect sign-in, SCIM, CSV import, admin invite): one place that
// turns directory attributes into a Hearth profile, so the three sources cannot drift apart.

/** Bidirectional controls and other invisible format characters never reach a name, title or handle. */
export function cleanText(value: unknown, max: number): string {
  if (typeof value !== "string") return "";
  return value
    .replace(/[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, max);
}

export function cleanEmail(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const email = value.trim().toLowerCase();
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) && email.length <= 254 ? email : null;
}

/** A free handle for a name: "zoe-hermans", else "zoe-hermans-2", … */
export async function freeHandle(tx: Tx, name: string, email: string): Promise<string> {
  const base = handleFromName(name) || handleFromName(email.split("@")[0] ?? "") || "colleague";
  const taken = new Set(
    (await tx.user.findMany({ where: { handle: { startsWith: base } }, select: { handle: true } })).map(
      (u) => u.handle,
    ),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** The department with this name, created when the directory names a new one; null for an empty name. */
export async function departmentIdFor(tx: Tx, name: string): Promise<string | null> {
  const clean = cleanText(name, 80);
  if (!clean) return null;
  const found = await tx.department.findFirst({
    where: { name: { equals: clean, mode: "insensitive" } },
    select: { id: true },
  });
  if (found) return found.id;
  const base = handleFromName(clean) || "department";
  let slug = base;
  for (let n = 2; await tx.department.findUnique({ where: { slug }, select: { id: true } }); n++) slug = `${base}-${n}`;
  return (await tx.department.create({ data: { name: clean, slug }, select: { id: true } })).id;
}

export type GroupSync = { role?: { from: Role; to: Role }; joined: string[]; left: string[] };

/**
 * Applies the configured group mapping to one person: their role (only when the mapping manages roles) and their
 * membership of the communities the mapping names (communities it does not name are left alone).
 */
export async function syncGroups(
  tx: Tx,
  userId: string,
  groups: readonly string[],
  mapping: GroupMapping,
): Promise<GroupSync> {
  const result: GroupSync = { joined: [], left: [] };
  if (managesRoles(mapping)) {
    const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { role: true } });
    const role = roleForGroups(groups, mapping);
    if (role !== user.role) {
      await tx.user.update({ where: { id: userId }, data: { role } });
      result.role = { from: user.role, to: role };
    }
  }
  const { member, managed } = communitiesForGroups(groups, mapping);
  if (managed.length === 0) return result;
  const communities = await tx.community.findMany({
    where: { slug: { in: managed }, archivedAt: null },
    select: { id: true, slug: true },
  });
  for (const community of communities) {
    if (member.includes(community.slug)) {
      if (await addMember(tx, community.id, userId)) result.joined.push(community.id);
    } else {
      const membership = await tx.communityMember.findUnique({
        where: { communityId_userId: { communityId: community.id, userId } },
        select: { role: true },
      });
      // Owners and moderators stay: the directory adds and removes members, not the people who run the community.
      if (membership?.role === "MEMBER" && (await dropMember(tx, community.id, userId))) result.left.push(community.id);
    }
  }
  return result;
}
