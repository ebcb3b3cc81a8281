import "server-only";
import type { Tx } from "@/lib/db";
import type { CommunityRole } from "@/lib/generated/prisma/client";

/** Inserts the membership unless it exists; the stored count moves only when a row was really inserted. */
export async function addMember(
  tx: Tx,
  communityId: string,
  userId: string,
  role: CommunityRole = "MEMBER",
): Promise<boolean> {
  const { count } = await tx.communityMember.createMany({
    data: [{ communityId, userId, role }],
    skipDuplicates: true,
  });
  if (count > 0)
    await tx.community.update({
      where: { id: communityId },
      data: { memberCount: { increment: count }, lastActivityAt: new Date() },
    });
  return count > 0;
}

/** Deletes the membership if it exists, with the count, in the caller's transaction. */
export async function dropMember(tx: Tx, communityId: string, userId: string): Promise<boolean> {
  const { count } = await tx.communityMember.deleteMany({ where: { communityId, userId } });
  if (count > 0) await tx.community.update({ where: { id: communityId }, data: { memberCount: { decrement: count } } });
  return count > 0;
}
