import type { Role } from "@/lib/generated/prisma/enums";
import type { GroupMapping } from "@/lib/sso/config";

/** True when the identity provider's groups decide roles (some admin or leader group is configured). */
export function managesRoles(mapping: GroupMapping): boolean {
  return mapping.adminGroups.length > 0 || mapping.leaderGroups.length > 0;
}

/**
 * The role a person's groups give them: the highest group wins (admin, then leader, else employee). Group names
 * compare exactly, as providers send them (Keycloak's "/Admins" with the full-path mapper on, Entra ID's object ids).
 */
export function roleForGroups(groups: readonly string[], mapping: GroupMapping): Role {
  const member = new Set(groups);
  if (mapping.adminGroups.some((group) => member.has(group))) return "ADMIN";
  if (mapping.leaderGroups.some((group) => member.has(group))) return "LEADER";
  return "EMPLOYEE";
}

/** The community slugs the person's groups put them in, and every slug the mapping manages. */
export function communitiesForGroups(
  groups: readonly string[],
  mapping: GroupMapping,
): { member: string[]; managed: string[] } {
  const member = new Set<string>();
  const managed = new Set<string>();
  for (const [group, slugs] of mapping.communities) {
    for (const slug of slugs) {
      managed.add(slug);
      if (groups.includes(group)) member.add(slug);
    }
  }
  return { member: [...member], managed: [...managed] };
}

/** A groups claim as providers send it: an array of strings, one string, or a space/comma-separated string. */
export function groupsFromClaim(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === "string");
  if (typeof value === "string") return value.split(/[\s,]+/).filter(Boolean);
  return [];
}
