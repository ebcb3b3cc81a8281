import { db } from "@/lib/db";
import type { CommunityRole } from "@/lib/generated/prisma/client";
import { createUser, randomKey } from "@/lib/test/factories";

// Communities are built elsewhere; moderation tests write the rows they need straight to the database.

export async function createCommunity(members: { userId: string; role: CommunityRole }[] = []) {
  const key = randomKey();
  return db.community.create({
    data: { slug: `c-${key}`, name: `Community ${key}`, memberCount: members.length, members: { create: members } },
  });
}

/** A community with an owner, a moderator and a member, each with their actor. */
export async function communityWithPeople() {
  const [owner, moderator, member] = await Promise.all([createUser(), createUser(), createUser()]);
  const community = await createCommunity([
    { userId: owner.user.id, role: "OWNER" },
    { userId: moderator.user.id, role: "MODERATOR" },
    { userId: member.user.id, role: "MEMBER" },
  ]);
  return { community, owner, moderator, member };
}

export const commentOn = (postId: string, authorId: string, overrides: { createdAt?: Date; parentId?: string } = {}) =>
  db.comment.create({ data: { postId, authorId, body: "A comment", bodyHtml: "<p>A comment</p>", ...overrides } });
