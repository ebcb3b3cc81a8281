import "server-only";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";

// Only the actor's own uploads that are not on a post yet can be attached; a taken or foreign id is refused.

export async function attachImages(tx: Tx, actorId: string, postId: string, imageIds: string[]): Promise<void> {
  for (const [position, id] of [...new Set(imageIds)].entries()) {
    const { count } = await tx.postImage.updateMany({
      where: { id, uploaderId: actorId, postId: null },
      data: { postId, position },
    });
    if (count === 0)
      throw new AppError("BAD_INPUT", "One of the images is no longer available. Remove it and try again.", {
        imageIds: "An image is no longer available",
      });
  }
}

export async function attachVideo(tx: Tx, actorId: string, postId: string, videoId: string | undefined): Promise<void> {
  if (!videoId) return;
  const { count } = await tx.postVideo.updateMany({
    where: { id: videoId, uploaderId: actorId, postId: null },
    data: { postId },
  });
  if (count === 0)
    throw new AppError("BAD_INPUT", "The video is no longer available. Remove it and try again.", {
      videoId: "The video is no longer available",
    });
}
