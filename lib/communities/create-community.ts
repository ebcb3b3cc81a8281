import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { ZCommunityFields, slugFromName } from "@/lib/communities/community-input";
import { renderMarkdown } from "@/lib/content/render-markdown";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { enforceWriteLimit } from "@/lib/rate-limit-guard";
import { saveCover } from "@/lib/communities/save-cover";
import { getUploadStorage } from "@/lib/uploads/storage";

export const ZCreateCommunityInput = ZCommunityFields.safeExtend({
  cover: z.instanceof(Buffer).optional(),
});

/** Any employee starts a community and owns it; the slug comes from the name (a number is added when taken). */
export const createCommunity = defineUseCase({
  input: ZCreateCommunityInput,
  permission: "communities.create",
  run: async ({ actor, input }) => {
    await enforceWriteLimit("community", actor.id);
    const { cover, ...fields } = input;
    const coverKey = cover && cover.length > 0 ? await saveCover(cover) : null;
    try {
      return await db.$transaction(async (tx) => {
        const base = slugFromName(fields.name);
        const taken = await tx.community.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
        const takenSlugs = new Set(taken.map((row) => row.slug));
        let slug = base;
        for (let n = 2; takenSlugs.has(slug); n += 1) slug = `${base}-${n}`;
        const community = await tx.community.create({
          data: {
            ...fields,
            slug,
            descriptionHtml: renderMarkdown(fields.description),
            coverKey,
            createdById: actor.id,
            memberCount: 1,
            members: { create: { userId: actor.id, role: "OWNER" } },
          },
          select: { id: true, slug: true },
        });
        await tx.auditEntry.create({
          data: {
            actorId: actor.id,
            action: "community.created",
            targetType: "Community",
            targetId: community.id,
            communityId: community.id,
            data: { visibility: fields.visibility },
          },
        });
        return community;
      });
    } catch (error) {
      if (coverKey) await getUploadStorage().delete(coverKey); // no file without its row
      if ((error as { code?: string }).code === "P2002")
        throw new AppError("CONFLICT", "Another community with that name was just created. Try again.");
      throw error;
    }
  },
});
