"use server";

import { createAmaSession } from "@/lib/ama/create-ama-session";
import { endAmaSession } from "@/lib/ama/end-ama-session";
import { runAction, runFormAction, type ActionState } from "@/lib/action-state";
import { currentActor } from "@/lib/auth/current-user";
import { answerQuestion } from "@/lib/questions/answer-question";
import { askQuestion } from "@/lib/questions/ask-question";
import { closeQuestion } from "@/lib/questions/close-question";
import { handOverQuestion } from "@/lib/questions/hand-over-question";
import { hideQuestion } from "@/lib/questions/hide-question";
import { mergeQuestion } from "@/lib/questions/merge-question";
import { previewMarkdown } from "@/lib/questions/preview-markdown";
import { reopenQuestion } from "@/lib/questions/reopen-question";
import { setQuestionFollow } from "@/lib/questions/set-question-follow";
import { setQuestionVote } from "@/lib/questions/set-question-vote";
import { unhideQuestion } from "@/lib/questions/unhide-question";
import { updateQuestion } from "@/lib/questions/update-question";
import { withdrawQuestion } from "@/lib/questions/withdraw-question";

// Thin wrappers: every check lives in the lib/ function each one calls.

export async function askQuestionAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  let id: string | undefined;
  const state = await runFormAction(formData, async (values) => {
    id = (await askQuestion(await currentActor(), values)).id;
    return "Your question is up. You will hear when it is answered.";
  });
  return { ...state, id };
}

export async function previewMarkdownAction(source: string) {
  return runAction(async () => previewMarkdown(await currentActor(), { source }));
}

export async function setQuestionVoteAction(questionId: string, voted: boolean) {
  return runAction(async () => setQuestionVote(await currentActor(), { questionId, voted }));
}

export async function setQuestionFollowAction(questionId: string, following: boolean) {
  return runAction(async () => setQuestionFollow(await currentActor(), { questionId, following }));
}

export async function answerQuestionAction(questionId: string, body: string) {
  return runAction(async () => answerQuestion(await currentActor(), { questionId, body }));
}

export async function updateQuestionAction(questionId: string, title: string, details: string) {
  return runAction(async () => updateQuestion(await currentActor(), { questionId, title, details }));
}

export async function withdrawQuestionAction(questionId: string) {
  return runAction(async () => withdrawQuestion(await currentActor(), { questionId }));
}

export async function closeQuestionAction(questionId: string, reason: string) {
  return runAction(async () => closeQuestion(await currentActor(), { questionId, reason }));
}

export async function reopenQuestionAction(questionId: string) {
  return runAction(async () => reopenQuestion(await currentActor(), { questionId }));
}

export async function handOverQuestionAction(questionId: string, leaderId: string) {
  return runAction(async () => handOverQuestion(await currentActor(), { questionId, leaderId }));
}

export async function hideQuestionAction(questionId: string, reason: string) {
  return runAction(async () => hideQuestion(await currentActor(), { questionId, reason }));
}

export async function unhideQuestionAction(questionId: string) {
  return runAction(async () => unhideQuestion(await currentActor(), { questionId }));
}

export async function mergeQuestionAction(questionId: string, into: string) {
  return runAction(async () => mergeQuestion(await currentActor(), { questionId, into }));
}

export async function createAmaSessionAction(input: {
  title: string;
  description: string;
  startsAt: string;
  endsAt: string;
}) {
  return runAction(async () => createAmaSession(await currentActor(), input));
}

export async function endAmaSessionAction(amaSessionId: string) {
  return runAction(async () => endAmaSession(await currentActor(), { amaSessionId }));
}
