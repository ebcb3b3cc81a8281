import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { db } from "@/lib/db";
import { requireVisiblePost } from "@/lib/posts/require-visible-post";
import { ZId } from "@/lib/id";

/** Who reacted to a post, and how ("who reacted"). */
export const listReactors = defineUseCase({
  input: z.object({ postId: ZId }),
  permission: "posts.read",
  run: async ({ actor, input }) => {
    const post = await requireVisiblePost(db, actor, input.postId);
    return db.reaction.findMany({
      where: { postId: post.id, user: { deactivatedAt: null } },
      orderBy: { createdAt: "desc" },
      take: 200,
      select: { kind: true, user: { select: { handle: true, name: true } } },
    });
  },
});
