import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { NewNotification } from "@/lib/notifications/notify";

export const PRIDE_MAX_TAGS = 20;
export const PRIDE_MAX_VALUES = 5;

/**
 * Credits the colleagues behind a moment of pride and the values it showed, in the post's transaction.
 * Only active colleagues (not the author) and active values count; anything else is refused by field,
 * so the composer can point at it. Returns the PRIDE_TAGGED notifications to write.
 */
export async function attachPride(
  tx: Tx,
  actor: Actor,
  postId: string,
  input: { taggedIds: string[]; valueIds: string[] },
): Promise<NewNotification[]> {
  const taggedIds = [...new Set(input.taggedIds)];
  const valueIds = [...new Set(input.valueIds)];
  if (taggedIds.includes(actor.id))
    throw new AppError("BAD_INPUT", "Tag the colleagues who made it happen, not yourself.", {
      taggedIds: "Tag colleagues, not yourself",
    });

  const people = await tx.user.findMany({
    where: { id: { in: taggedIds }, deactivatedAt: null },
    select: { id: true },
  });
  if (people.length !== taggedIds.length)
    throw new AppError("BAD_INPUT", "One of the tagged colleagues is no longer here.", {
      taggedIds: "A tagged colleague is no longer here",
    });
  const values = await tx.companyValue.findMany({
    where: { id: { in: valueIds }, archivedAt: null },
    select: { id: true },
  });
  if (values.length !== valueIds.length)
    throw new AppError("BAD_INPUT", "One of the chosen values is no longer in use.", {
      valueIds: "A chosen value is no longer in use",
    });

  await tx.prideTag.createMany({ data: taggedIds.map((userId) => ({ postId, userId })) });
  if (valueIds.length > 0) await tx.postValue.createMany({ data: valueIds.map((valueId) => ({ postId, valueId })) });
  return taggedIds.map((recipientId) => ({
    recipientId,
    type: "PRIDE_TAGGED",
    actorId: actor.id,
    postId,
    groupKey: `pride:${postId}`,
  }));
}
