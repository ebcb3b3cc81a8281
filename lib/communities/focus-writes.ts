import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { requireCanWriteInCommunity, requireVisibleCommunity } from "@/lib/communities/access";
import { communityAudienceRooms } from "@/lib/communities/community-rooms";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { publish } from "@/lib/realtime/publish";

/** A focus item the actor may see and write on (vote, answer): member, not muted, community not archived. */
export async function requireWritableFocusItem(tx: Tx, actor: Actor, itemId: string) {
  const item = await tx.focusItem.findFirst({
    where: { id: itemId, removedAt: null },
    select: { id: true, communityId: true, authorId: true },
  });
  if (!item) throw new AppError("NOT_FOUND", "That item does not exist.");
  // Visibility first: a guessed id in a secret community is simply not found.
  const { community } = await requireVisibleCommunity(tx, actor, { id: item.communityId });
  await requireCanWriteInCommunity(tx, actor, community.id);
  return { item, community };
}

/** After commit: members watching the board refetch it. */
export function publishFocusChange(
  community: { id: string; visibility: "PUBLIC" | "PRIVATE" | "SECRET" },
  itemId: string,
): void {
  publish(communityAudienceRooms(community), { type: "focus.changed", communityId: community.id, focusItemId: itemId });
}
