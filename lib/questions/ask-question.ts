import "server-only";
import { z } from "zod";
import { amaClosedMessage } from "@/lib/ama/ama-window";
import { defineUseCase } from "@/lib/auth/use-case";
import { renderMarkdown } from "@/lib/content/render-markdown";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { publishNotifications } from "@/lib/notifications/notify";
import { ZCheckbox, ZQuestionDetails, ZQuestionTitle } from "@/lib/questions/question-input";
import { notifyAboutQuestion, publishQuestionEvent } from "@/lib/questions/question-notifications";
import { askerKeyOf } from "@/lib/privacy/asker-key";
import { enforceWriteLimit } from "@/lib/rate-limit-guard";

const optionalId = z
  .string()
  .max(40)
  .optional()
  .transform((value) => (value && value !== "leadership" ? value : undefined));

// Only these fields: the asker, status, counts and visibility are the server's to set.
export const ZAskQuestionInput = z.object({
  title: ZQuestionTitle,
  details: ZQuestionDetails,
  targetLeaderId: optionalId,
  anonymous: ZCheckbox,
  amaSessionId: optionalId,
  liveShowId: optionalId,
});

export type TAskQuestionInput = z.input<typeof ZAskQuestionInput>;

/**
 * Asks leadership (or one named leader, or the host of an open AMA, or the host of a live show that has
 * not ended: asked before or during the show, upvoted, answered on air) a question. Anonymous questions
 * keep the asker only as a keyed hash (askerKey): no public asker, no follow row, no actor on the notifications.
 * The asker hears of answers either way.
 */
export const askQuestion = defineUseCase({
  input: ZAskQuestionInput,
  permission: "questions.ask",
  run: async ({ actor, input, afterCommit }) => {
    await enforceWriteLimit("question", actor.id);
    const { question, recipients } = await db.$transaction(async (tx) => {
      let targetLeaderId: string | null = null;
      if (input.liveShowId) {
        const show = await tx.liveShow.findUnique({
          where: { id: input.liveShowId },
          select: { hostId: true, status: true },
        });
        if (!show) throw new AppError("NOT_FOUND", "That show does not exist.");
        if (show.status === "ENDED" || show.status === "CANCELLED")
          throw new AppError("BAD_INPUT", "This show is over, so it takes no more questions.");
        if (show.hostId === actor.id)
          throw new AppError("BAD_INPUT", "You host this show: answer its questions rather than asking them.");
        targetLeaderId = show.hostId;
      } else if (input.amaSessionId) {
        const session = await tx.amaSession.findUnique({
          where: { id: input.amaSessionId },
          select: { id: true, leaderId: true, startsAt: true, endsAt: true },
        });
        if (!session) throw new AppError("NOT_FOUND", "That AMA does not exist.");
        const closed = amaClosedMessage(session);
        if (closed) throw new AppError("BAD_INPUT", closed);
        if (session.leaderId === actor.id)
          throw new AppError("BAD_INPUT", "You host this AMA: answer its questions rather than asking them.");
        targetLeaderId = session.leaderId;
      } else if (input.targetLeaderId) {
        const leader = await tx.user.findFirst({
          where: { id: input.targetLeaderId, role: "LEADER", deactivatedAt: null },
          select: { id: true },
        });
        if (!leader)
          throw new AppError("BAD_INPUT", "Choose a leader from the list.", {
            targetLeaderId: "Choose a leader from the list",
          });
        if (leader.id === actor.id)
          throw new AppError("BAD_INPUT", "You cannot ask yourself a question.", {
            targetLeaderId: "Choose someone other than yourself",
          });
        targetLeaderId = leader.id;
      }

      const question = await tx.question.create({
        data: {
          askerKey: askerKeyOf(actor.id),
          publicAskerId: input.anonymous ? null : actor.id,
          isAnonymous: input.anonymous,
          targetLeaderId,
          amaSessionId: input.liveShowId ? null : (input.amaSessionId ?? null),
          liveShowId: input.liveShowId ?? null,
          title: input.title,
          body: input.details,
          bodyHtml: input.details ? renderMarkdown(input.details) : "",
        },
        select: { id: true, amaSessionId: true },
      });
      // A named asker follows their question by a row like anyone's; an anonymous one has no row that names them
      // and hears of answers through the key (lib/questions/private-asker.ts).
      if (!input.anonymous) await tx.questionFollow.create({ data: { questionId: question.id, userId: actor.id } });

      const leaders = targetLeaderId
        ? [targetLeaderId]
        : (await tx.user.findMany({ where: { role: "LEADER", deactivatedAt: null }, select: { id: true } })).map(
            (leader) => leader.id,
          );
      const recipients = await notifyAboutQuestion(tx, {
        questionId: question.id,
        type: "QUESTION_ASKED",
        actorId: input.anonymous ? null : actor.id,
        recipientIds: leaders,
        // A named asker is not told of their own question. An anonymous one who is a leader is, like every
        // other leader: leaving them out would tell their colleagues who asked.
        exclude: input.anonymous ? [] : [actor.id],
      });
      return { question, recipients };
    });

    afterCommit(() => publishQuestionEvent("question.created", question));
    afterCommit(() => publishNotifications(recipients));
    return { id: question.id };
  },
});
