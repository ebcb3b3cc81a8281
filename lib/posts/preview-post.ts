import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { renderMarkdown } from "@/lib/content/render-markdown";
import { db } from "@/lib/db";
import { resolveMentions } from "@/lib/posts/resolve-mentions";
import { POST_MAX_LENGTH } from "@/lib/posts/post-input";

/** The composer's live preview: exactly what the post will look like, mentions resolved. */
export const previewPost = defineUseCase({
  input: z.object({ body: z.string().max(POST_MAX_LENGTH, `Posts can be at most ${POST_MAX_LENGTH} characters`) }),
  permission: "posts.create",
  run: async ({ input }) => ({ html: renderMarkdown(input.body, { mentions: await resolveMentions(db, input.body) }) }),
});
