import "server-only";
import type { Tx } from "@/lib/db";
import { createNotifications } from "@/lib/notifications/notify";
import { rooms } from "@/lib/realtime/events";
import { publish } from "@/lib/realtime/publish";

type QuestionNotificationType = "QUESTION_ASKED" | "QUESTION_ANSWERED" | "QUESTION_HANDED_OVER" | "QUESTION_HIDDEN";

/**
 * Notifies each recipient once about a question (through lib/notifications/notify.ts), inside the caller's
 * transaction, and returns the recipients to publish to after commit. `actorId` is null when the actor must stay unknown (an
 * anonymous asker, a moderator hiding a question). `exclude` drops people who should not hear of their
 * own act (the answering leader); it is never used to drop an anonymous asker, whose absence would
 * point at them.
 */
export async function notifyAboutQuestion(
  tx: Tx,
  spec: {
    questionId: string;
    type: QuestionNotificationType;
    actorId: string | null;
    recipientIds: (string | null)[];
    exclude?: string[];
  },
): Promise<string[]> {
  const excluded = new Set(spec.exclude ?? []);
  const recipients = [...new Set(spec.recipientIds.filter((id): id is string => Boolean(id) && !excluded.has(id!)))];
  if (recipients.length === 0) return [];
  const groupKey = `${spec.type.toLowerCase().replaceAll("_", "-")}:${spec.questionId}`;
  return createNotifications(
    tx,
    recipients.map((recipientId) => ({
      recipientId,
      type: spec.type,
      actorId: spec.actorId,
      questionId: spec.questionId,
      groupKey,
    })),
  );
}

/** Realtime: everyone signed in may see questions, so events about them go to everyone, ids only. */
export function publishQuestionEvent(
  type: "question.created" | "question.updated" | "question.answered",
  question: { id: string; amaSessionId?: string | null },
): void {
  publish(rooms.everyone, { type, questionId: question.id });
  if (question.amaSessionId) publish(rooms.everyone, { type: "ama.changed", amaSessionId: question.amaSessionId });
}

/**
 * Takes back what people were told about a question that is gone for them (withdrawn, hidden), so that
 * its title no longer sits in their notifications. `keep` survives (the asker's "your question was
 * hidden"). Returns the recipients whose lists changed, to tell after commit.
 */
export async function retractQuestionNotifications(
  tx: Tx,
  questionId: string,
  keep: "QUESTION_HIDDEN"[] = [],
): Promise<string[]> {
  const where = { questionId, type: { notIn: keep } };
  const rows = await tx.notification.findMany({ where, distinct: ["recipientId"], select: { recipientId: true } });
  await tx.notification.deleteMany({ where });
  return rows.map((row) => row.recipientId);
}
