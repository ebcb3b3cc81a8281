import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { ZId } from "@/lib/id";
import { visiblePostWhere } from "@/lib/posts/visibility";
import { rooms } from "@/lib/realtime/events";

/** A reader confirms they read a must-read announcement they can see; once (a second click changes nothing). */
export const confirmRead = defineUseCase({
  input: z.object({ postId: ZId }),
  permission: "announcements.confirm",
  run: async ({ actor, input, afterCommit }) => {
    const post = await db.post.findFirst({
      where: { id: input.postId, ...visiblePostWhere(actor) },
      select: { id: true, kind: true, mustRead: true, authorId: true },
    });
    if (!post) throw new AppError("NOT_FOUND", "That announcement does not exist.");
    if (post.kind !== "ANNOUNCEMENT" || !post.mustRead)
      throw new AppError("BAD_INPUT", "This post does not ask readers to confirm.");
    if (post.authorId === actor.id) throw new AppError("BAD_INPUT", "You wrote it: there is nothing to confirm.");
    const { count } = await db.readConfirmation.createMany({
      data: [{ postId: post.id, userId: actor.id }],
      skipDuplicates: true,
    });
    if (count > 0)
      afterCommit.publish([rooms.user(post.authorId), rooms.role("ADMIN")], {
        type: "announcement.confirmed",
        postId: post.id,
      });
    return { confirmed: true };
  },
});
