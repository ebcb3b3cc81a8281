"use server";

import { runAction, runFormAction, type ActionState } from "@/lib/action-state";
import { currentActor } from "@/lib/auth/current-user";
import { closeChallengeNow } from "@/lib/challenges/close-challenge-now";
import { createChallenge } from "@/lib/challenges/create-challenge";
import { setChallengeVote } from "@/lib/challenges/set-challenge-vote";
import { submitEntry } from "@/lib/challenges/submit-entry";

// Thin wrappers: every check lives in the lib/ function each one calls.

export async function createChallengeAction(input: Record<string, string | boolean>) {
  return runAction(async () => createChallenge(await currentActor(), input));
}

export async function submitEntryAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, async (values) => {
    await submitEntry(await currentActor(), { ...values, imageIds: formData.getAll("imageIds").map(String) });
    return "Your entry is in. Good luck!";
  });
}

export async function setChallengeVoteAction(entryId: string, voted: boolean) {
  return runAction(async () => setChallengeVote(await currentActor(), { entryId, voted }));
}

export async function closeChallengeNowAction(challengeId: string) {
  return runAction(async () => closeChallengeNow(await currentActor(), { challengeId }));
}
