import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { loadPostViews } from "@/lib/posts/post-view";
import { ZId } from "@/lib/id";

/** Posts a live event named, as the actor may see them (invisible or removed ones are simply absent). */
export const findPostsByIds = defineUseCase({
  input: z.object({ ids: z.array(ZId).min(1).max(50) }),
  permission: "posts.read",
  run: async ({ actor, input }) => loadPostViews(actor, [...new Set(input.ids)]),
});
