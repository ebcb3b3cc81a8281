import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { visiblePostWhere } from "@/lib/posts/visibility";
import { getUploadStorage } from "@/lib/uploads/storage";
import { ZId } from "@/lib/id";

/** An image's bytes, only for someone who may see its post (or, while pending, its uploader). */
export const findPostImage = defineUseCase({
  input: z.object({ imageId: ZId }),
  permission: "posts.read",
  run: async ({ actor, input }) => {
    const image = await db.postImage.findFirst({
      where: { id: input.imageId, OR: [{ postId: null, uploaderId: actor.id }, { post: visiblePostWhere(actor) }] },
      select: { storageKey: true, contentType: true },
    });
    const stored = image ? await getUploadStorage().get(image.storageKey) : null;
    if (!image || !stored) throw new AppError("NOT_FOUND", "That image does not exist.");
    return { data: stored.data, contentType: image.contentType };
  },
});
