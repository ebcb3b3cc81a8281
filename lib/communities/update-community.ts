import "server-only";
import { defineUseCase } from "@/lib/auth/use-case";
import { requireOwnedCommunity } from "@/lib/communities/access";
import { communityAudienceRooms } from "@/lib/communities/community-rooms";
import { ZCommunityFields } from "@/lib/communities/community-input";
import { renderMarkdown } from "@/lib/content/render-markdown";
import { db } from "@/lib/db";
import { ZId } from "@/lib/id";

export const ZUpdateCommunityInput = ZCommunityFields.safeExtend({ communityId: ZId });

/** Owners change the settings (name, description, kind, category, visibility, purpose); audited with what changed. */
export const updateCommunity = defineUseCase({
  input: ZUpdateCommunityInput,
  permission: "communities.read",
  run: async ({ actor, input, afterCommit }) => {
    const { communityId, ...fields } = input;
    const community = await db.$transaction(async (tx) => {
      const { community } = await requireOwnedCommunity(tx, actor, communityId);
      const before = await tx.community.findUniqueOrThrow({ where: { id: community.id } });
      const data = {
        ...fields,
        descriptionHtml: renderMarkdown(fields.description),
        purposeGoal: fields.purposeGoal ?? null,
        purposeSuccess: fields.purposeSuccess ?? null,
        purposeTarget: fields.purposeTarget ?? null,
        purposeReviewAt: fields.purposeReviewAt ?? null,
        // A new review date asks again when it comes.
        ...(fields.purposeReviewAt?.getTime() !== before.purposeReviewAt?.getTime() && { reviewPromptedAt: null }),
      };
      const changed = Object.keys(fields).filter(
        (key) => String(before[key as keyof typeof before] ?? "") !== String(data[key as keyof typeof data] ?? ""),
      );
      const updated = await tx.community.update({
        where: { id: community.id },
        data,
        select: { id: true, slug: true, visibility: true },
      });
      await tx.auditEntry.create({
        data: {
          actorId: actor.id,
          action: "community.settings.changed",
          targetType: "Community",
          targetId: community.id,
          communityId: community.id,
          data: { changed },
        },
      });
      return updated;
    });
    afterCommit.publish(communityAudienceRooms(community), { type: "community.changed", communityId: community.id });
    return { slug: community.slug };
  },
});
