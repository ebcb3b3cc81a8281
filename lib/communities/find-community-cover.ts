import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { requireVisibleCommunity } from "@/lib/communities/access";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { getUploadStorage } from "@/lib/uploads/storage";
import { ZId } from "@/lib/id";

/** A community's cover image bytes, only for someone who may see the community (secret: its members). */
export const findCommunityCover = defineUseCase({
  input: z.object({ communityId: ZId }),
  permission: "communities.read",
  run: async ({ actor, input }) => {
    const { community } = await requireVisibleCommunity(db, actor, { id: input.communityId });
    const row = await db.community.findUnique({ where: { id: community.id }, select: { coverKey: true } });
    const stored = row?.coverKey ? await getUploadStorage().get(row.coverKey) : null;
    if (!row?.coverKey || !stored) throw new AppError("NOT_FOUND", "That community has no cover image.");
    return { data: stored.data, contentType: stored.contentType ?? "image/webp" };
  },
});
