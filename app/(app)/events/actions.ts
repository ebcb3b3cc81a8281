"use server";

import { runAction } from "@/lib/action-state";
import { currentActor } from "@/lib/auth/current-user";
import { cancelShow, endShow, goLive } from "@/lib/live-shows/change-show-status";
import { highlightLiveComment } from "@/lib/live-shows/highlight-live-comment";
import { postLiveComment } from "@/lib/live-shows/post-live-comment";
import { scheduleShow } from "@/lib/live-shows/schedule-show";
import { sendLiveReaction } from "@/lib/live-shows/send-live-reaction";
import { setRsvp } from "@/lib/live-shows/set-rsvp";
import { thankLiveCommenter } from "@/lib/live-shows/thank-live-commenter";
import { updateShow } from "@/lib/live-shows/update-show";

// Thin wrappers: every check lives in the lib/ function each one calls.

type ShowFields = {
  title: string;
  hostId: string;
  startsAt: string;
  durationMin: string;
  description: string;
  streamUrl: string;
};

export async function scheduleShowAction(fields: ShowFields) {
  return runAction(async () => scheduleShow(await currentActor(), fields));
}

export async function updateShowAction(showId: string, fields: ShowFields) {
  return runAction(async () => updateShow(await currentActor(), { ...fields, showId }));
}

export async function goLiveAction(showId: string) {
  return runAction(async () => goLive(await currentActor(), { showId }));
}

export async function endShowAction(showId: string) {
  return runAction(async () => endShow(await currentActor(), { showId }));
}

export async function cancelShowAction(showId: string) {
  return runAction(async () => cancelShow(await currentActor(), { showId }));
}

export async function setRsvpAction(showId: string, going: boolean) {
  return runAction(async () => setRsvp(await currentActor(), { showId, going }));
}

export async function postLiveCommentAction(showId: string, body: string) {
  return runAction(async () => postLiveComment(await currentActor(), { showId, body }));
}

export async function sendLiveReactionAction(showId: string, kind: string) {
  return runAction(async () => sendLiveReaction(await currentActor(), { showId, kind }));
}

export async function highlightLiveCommentAction(commentId: string, highlighted: boolean) {
  return runAction(async () => highlightLiveComment(await currentActor(), { commentId, highlighted }));
}

export async function thankLiveCommenterAction(commentId: string) {
  return runAction(async () => thankLiveCommenter(await currentActor(), { commentId }));
}
