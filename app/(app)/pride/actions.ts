"use server";

import { runAction } from "@/lib/action-state";
import { setAppreciation } from "@/lib/appreciations/set-appreciation";
import { currentActor } from "@/lib/auth/current-user";
import { setPollVote } from "@/lib/polls/set-poll-vote";

// Thin wrappers: every check lives in the lib/ function each one calls.

export async function setAppreciationAction(
  target: { postId: string } | { commentId: string },
  active: boolean,
  message = "",
) {
  return runAction(async () => setAppreciation(await currentActor(), { ...target, active, message }));
}

export async function setPollVoteAction(optionId: string, active: boolean) {
  return runAction(async () => setPollVote(await currentActor(), { optionId, active }));
}
