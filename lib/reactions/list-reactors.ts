import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { visiblePostWhere } from "@/lib/posts/visibility";

/** Who reacted to a post, and how ("who reacted"). */
export const listReactors = defineUseCase({
  input: z.object({ postId: z.string().min(1).max(40) }),
  permission: "posts.read",
  run: async ({ actor, input }) => {
    const post = await db.post.findFirst({ where: { AND: [{ id: input.postId }, visiblePostWhere(actor)] }, select: { id: true } });
    if (!post) throw new AppError("NOT_FOUND", "That post does not exist or was removed.");
    return db.reaction.findMany({
      where: { postId: post.id, user: { deactivatedAt: null } },
      orderBy: { createdAt: "desc" },
      take: 200,
      select: { kind: true, user: { select: { handle: true, name: true } } },
    });
  },
});
