import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { CommunityRole, CommunityVisibility } from "@/lib/generated/prisma/client";
import { randomKey } from "@/lib/test/factories";

// Rows the community tests need, written straight to the database with random keys.

export async function createCommunityRow(
  visibility: CommunityVisibility,
  overrides: { purposeGoal?: string; purposeTarget?: number; archivedAt?: Date } = {},
) {
  const key = randomKey();
  return db.community.create({ data: { slug: `c-${key}`, name: `Community ${key}`, visibility, ...overrides } });
}

/** Adds a member with a role, keeping the stored count equal to the rows. */
export async function addMemberRow(communityId: string, actor: Pick<Actor, "id">, role: CommunityRole = "MEMBER") {
  await db.communityMember.create({ data: { communityId, userId: actor.id, role } });
  await db.community.update({ where: { id: communityId }, data: { memberCount: { increment: 1 } } });
}
