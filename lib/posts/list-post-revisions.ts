import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { db } from "@/lib/db";
import { visiblePostWhere } from "@/lib/posts/visibility";
import { ZId } from "@/lib/id";

/** Earlier versions of an edited post, newest first: for moderators only. */
export const listPostRevisions = defineUseCase({
  input: z.object({ postId: ZId }),
  permission: "posts.moderateAny",
  run: async ({ actor, input }) =>
    db.postRevision.findMany({
      where: { postId: input.postId, post: visiblePostWhere(actor) },
      orderBy: { createdAt: "desc" },
      take: 50,
      select: { id: true, body: true, createdAt: true, editor: { select: { name: true, handle: true } } },
    }),
});
