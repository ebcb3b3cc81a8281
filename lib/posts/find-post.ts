import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { AppError } from "@/lib/errors";
import { loadPostViews } from "@/lib/posts/post-view";
import { ZId } from "@/lib/id";

export const findPost = defineUseCase({
  input: z.object({ postId: ZId }),
  permission: "posts.read",
  run: async ({ actor, input }) => {
    const [post] = await loadPostViews(actor, [input.postId]);
    if (!post) throw new AppError("NOT_FOUND", "That post does not exist or was removed.");
    return post;
  },
});
