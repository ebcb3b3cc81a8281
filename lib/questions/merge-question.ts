import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { db } from "@/lib/db";
import { askerKeyOf } from "@/lib/privacy/asker-key";
import { AppError } from "@/lib/errors";
import { lockQuestion } from "@/lib/questions/lock-question";
import { publishQuestionEvent } from "@/lib/questions/question-notifications";
import { liveQuestionWhere } from "@/lib/questions/visibility";
import { ZId } from "@/lib/id";

// The other question may be given as its id or its link (https://…/ask/<id>), as a moderator would paste it.
const ZQuestionRef = z
  .string({ error: "Paste the link of the question to merge into" })
  .trim()
  .min(1, "Paste the link of the question to merge into")
  .max(300, "Paste the link of the question to merge into")
  .transform(
    (value) =>
      value
        .replace(/[?#].*$/, "")
        .replace(/\/+$/, "")
        .split("/")
        .at(-1) ?? "",
  );

export const ZMergeQuestionInput = z.object({ questionId: ZId, into: ZQuestionRef });

/**
 * A moderator merges a duplicate into another question: the duplicate's votes and follows move over
 * (once per person, never onto the target's own asker), stored counts are recounted from the rows,
 * and the duplicate points to its target from then on. Both rows are locked first, in id order, so
 * votes cast meanwhile wait and then see the merged state. Audited.
 */
export const mergeQuestion = defineUseCase({
  input: ZMergeQuestionInput,
  permission: "questions.moderate",
  run: async ({ actor, input, afterCommit }) => {
    if (input.into === input.questionId)
      throw new AppError("BAD_INPUT", "A question cannot be merged into itself.", {
        into: "Choose a different question",
      });
    const { duplicate, target } = await db.$transaction(async (tx) => {
      for (const id of [input.questionId, input.into].sort()) await lockQuestion(tx, id, "update");
      const [duplicate, target] = await Promise.all([
        tx.question.findFirst({
          where: { id: input.questionId, withdrawnAt: null, mergedIntoId: null },
          select: { id: true, amaSessionId: true },
        }),
        tx.question.findFirst({
          where: { id: input.into, ...liveQuestionWhere },
          select: { id: true, amaSessionId: true },
        }),
      ]);
      if (!duplicate)
        throw new AppError("NOT_FOUND", "That question does not exist, or was withdrawn or merged already.");
      if (!target)
        throw new AppError("BAD_INPUT", "There is no open question at that link to merge into.", {
          into: "There is no open question at that link",
        });

      // Votes move to the target, except the target's own asker's (nobody upvotes their own question): the asker is
      // a keyed hash, so the voters are compared with it here rather than in SQL.
      const targetKey = await tx.question.findUniqueOrThrow({ where: { id: target.id }, select: { askerKey: true } });
      const votes = await tx.questionVote.findMany({
        where: { questionId: duplicate.id },
        select: { userId: true, createdAt: true },
      });
      await tx.questionVote.createMany({
        data: votes
          .filter((vote) => askerKeyOf(vote.userId) !== targetKey.askerKey)
          .map((vote) => ({ questionId: target.id, userId: vote.userId, createdAt: vote.createdAt })),
        skipDuplicates: true,
      });
      await tx.$executeRaw`
        insert into "QuestionFollow" ("questionId", "userId", "createdAt")
        select ${target.id}, f."userId", f."createdAt" from "QuestionFollow" f where f."questionId" = ${duplicate.id}
        on conflict do nothing`;
      await tx.questionVote.deleteMany({ where: { questionId: duplicate.id } });
      await tx.questionFollow.deleteMany({ where: { questionId: duplicate.id } });
      await tx.$executeRaw`
        update "Question" q set "voteCount" = (select count(*) from "QuestionVote" v where v."questionId" = q.id)::int
        where q.id in (${duplicate.id}, ${target.id})`;
      // Anything merged into the duplicate earlier now points straight at the target.
      await tx.question.updateMany({ where: { mergedIntoId: duplicate.id }, data: { mergedIntoId: target.id } });
      await tx.question.update({ where: { id: duplicate.id }, data: { mergedIntoId: target.id } });
      await tx.auditEntry.create({
        data: {
          actorId: actor.id,
          action: "question.merged",
          targetType: "Question",
          targetId: duplicate.id,
          data: { into: target.id },
        },
      });
      return { duplicate, target };
    });
    afterCommit(() => publishQuestionEvent("question.updated", duplicate));
    afterCommit(() => publishQuestionEvent("question.updated", target));
    return { id: duplicate.id, into: target.id };
  },
});
