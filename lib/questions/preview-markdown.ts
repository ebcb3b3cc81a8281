import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { renderMarkdown } from "@/lib/content/render-markdown";
import { ANSWER_MAX } from "@/lib/questions/question-input";

/** The live preview of question details or an answer: exactly the HTML it will be stored as. */
export const previewMarkdown = defineUseCase({
  input: z.object({ source: z.string().max(ANSWER_MAX, `Keep it under ${ANSWER_MAX} characters`) }),
  permission: "questions.read",
  run: async ({ input }) => ({ html: renderMarkdown(input.source) }),
});
