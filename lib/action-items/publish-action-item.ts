import "server-only";
import type { AfterCommit } from "@/lib/auth/use-case";
import { db } from "@/lib/db";
import { sourceIdOf } from "@/lib/action-items/resolve-action-source";
import { postAudienceRooms, postAudienceSelect } from "@/lib/posts/visibility";
import { rooms } from "@/lib/realtime/events";
import { publish } from "@/lib/realtime/publish";

type ItemSource = { id: string; answerId: string | null; postId: string | null; commentId: string | null };

/** Who may see an item's source: everyone for answers and company-wide or public posts, else its community. */
async function sourceRooms(item: ItemSource): Promise<string[]> {
  if (item.postId) {
    const post = await db.post.findUnique({ where: { id: item.postId }, select: postAudienceSelect });
    return post ? postAudienceRooms(post) : [];
  }
  if (item.commentId) {
    const comment = await db.comment.findUnique({
      where: { id: item.commentId },
      select: { post: { select: postAudienceSelect } },
    });
    return comment ? postAudienceRooms(comment.post) : [];
  }
  return [rooms.everyone]; // answers: the leadership Q&A is company-wide
}

/**
 * After commit: everyone's board refetches the item, but the source's id (so the chips under that post, comment or
 * answer refresh) goes only to the rooms that may see the source: the id of a post in a private or secret community
 * must not reach people outside it, not even as an id.
 */
export function publishActionItemEvent(
  afterCommit: AfterCommit,
  type: "actionItem.created" | "actionItem.updated",
  item: ItemSource,
): void {
  afterCommit(async () => {
    const sourceId = sourceIdOf(item);
    const audience = sourceId ? await sourceRooms(item) : [rooms.everyone];
    if (audience.includes(rooms.everyone)) {
      publish(rooms.everyone, { type, actionItemId: item.id, sourceId });
      return;
    }
    publish(rooms.everyone, { type, actionItemId: item.id, sourceId: null });
    if (audience.length > 0) publish(audience, { type, actionItemId: item.id, sourceId });
  });
}
