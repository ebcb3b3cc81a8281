import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { loadQuestionViews } from "@/lib/questions/question-view";
import { ZId } from "@/lib/id";

/** Questions a live event named, as the actor may see them (withdrawn or hidden ones are simply absent). */
export const findQuestionsByIds = defineUseCase({
  input: z.object({ ids: z.array(ZId).min(1).max(50) }),
  permission: "questions.read",
  run: async ({ actor, input }) => loadQuestionViews(actor, [...new Set(input.ids)]),
});
