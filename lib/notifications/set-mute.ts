import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { ZId } from "@/lib/id";
import { visiblePostWhere } from "@/lib/posts/visibility";
import { visibleQuestionWhere } from "@/lib/questions/visibility";
import { visibleCommunityWhere } from "@/lib/communities/access";

export const ZSetMuteInput = z.object({
  subject: z.enum(["community", "post", "question"]),
  id: ZId,
  muted: z.preprocess((value) => value === true || value === "true", z.boolean()),
});

/**
 * Mutes (or unmutes) a community, a post thread or a question for the actor: the one notification writer then
 * skips them. Only what the actor may see can be muted (else 404, as for any unknown id).
 */
export const setMute = defineUseCase({
  input: ZSetMuteInput,
  permission: "notifications.configure",
  run: async ({ actor, input }) => {
    const key = { communityId: null, postId: null, questionId: null, [`${input.subject}Id`]: input.id };
    const exists =
      input.subject === "community"
        ? await db.community.count({ where: { id: input.id, ...visibleCommunityWhere(actor) } })
        : input.subject === "post"
          ? await db.post.count({ where: { id: input.id, ...visiblePostWhere(actor) } })
          : await db.question.count({ where: { id: input.id, ...visibleQuestionWhere(actor) } });
    if (exists === 0) throw new AppError("NOT_FOUND", `That ${input.subject} does not exist.`);
    if (input.muted) {
      await db.mute.createMany({ data: [{ userId: actor.id, ...key }], skipDuplicates: true });
    } else {
      await db.mute.deleteMany({ where: { userId: actor.id, [`${input.subject}Id`]: input.id } });
    }
    return { muted: input.muted };
  },
});

/** Whether the actor muted this subject (for the menu's label). */
export async function isMuted(actorId: string, subject: "community" | "post" | "question", id: string) {
  return (await db.mute.count({ where: { userId: actorId, [`${subject}Id`]: id } })) > 0;
}

/** Removes one of the actor's own mutes by its id (from /settings). */
export const removeMute = defineUseCase({
  input: z.object({ muteId: ZId }),
  permission: "notifications.configure",
  run: async ({ actor, input }) => {
    await db.mute.deleteMany({ where: { id: input.muteId, userId: actor.id } });
  },
});
