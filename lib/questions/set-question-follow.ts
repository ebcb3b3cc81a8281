import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { lockQuestion } from "@/lib/questions/lock-question";
import { visibleQuestionWhere } from "@/lib/questions/visibility";
import { enforceWriteLimit } from "@/lib/rate-limit-guard";
import { ZId } from "@/lib/id";

export const ZSetQuestionFollowInput = z.object({ questionId: ZId, following: z.boolean() });

/** Follows a question (to hear of its answers) or stops. Idempotent on the (question, user) key. */
export const setQuestionFollow = defineUseCase({
  input: ZSetQuestionFollowInput,
  permission: "questions.read",
  run: async ({ actor, input }) => {
    await enforceWriteLimit("follow", actor.id);
    return db.$transaction(async (tx) => {
      await lockQuestion(tx, input.questionId, "key share");
      const question = await tx.question.findFirst({
        where: { AND: [{ id: input.questionId, mergedIntoId: null }, visibleQuestionWhere(actor)] },
        select: { id: true },
      });
      if (!question) throw new AppError("NOT_FOUND", "That question does not exist, or was withdrawn or merged.");
      const key = { questionId: question.id, userId: actor.id };
      if (input.following) await tx.questionFollow.createMany({ data: [key], skipDuplicates: true });
      else await tx.questionFollow.deleteMany({ where: key });
      return { following: input.following };
    });
  },
});
