"use server";

import { redirect } from "next/navigation";
import { runAction, runFormAction, type ActionState } from "@/lib/action-state";
import { currentActor } from "@/lib/auth/current-user";
import { acceptFocusAnswer } from "@/lib/communities/accept-focus-answer";
import { answerFocusItem } from "@/lib/communities/answer-focus-item";
import { createCommunity } from "@/lib/communities/create-community";
import { decideJoinRequest } from "@/lib/communities/decide-join-request";
import { inviteMember } from "@/lib/communities/invite-member";
import { joinCommunity } from "@/lib/communities/join-community";
import { leaveCommunity } from "@/lib/communities/leave-community";
import { muteMember } from "@/lib/communities/mute-member";
import { pinCommunityPost } from "@/lib/communities/pin-post";
import { proposeFocusItem } from "@/lib/communities/propose-focus-item";
import { removeMember } from "@/lib/communities/remove-member";
import { reviewCommunity } from "@/lib/communities/review-community";
import { setFocusVote } from "@/lib/communities/set-focus-vote";
import { setMemberRole } from "@/lib/communities/set-member-role";
import { updateCommunity } from "@/lib/communities/update-community";

// Thin wrappers: every check lives in the lib/ function each one calls.

/** The form's file input, as bytes; an empty input (no file chosen) is no cover. */
async function coverOf(formData: FormData): Promise<Buffer | undefined> {
  const file = formData.get("cover");
  if (!(file instanceof File) || file.size === 0) return undefined;
  return Buffer.from(await file.arrayBuffer());
}

export async function createCommunityAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  let slug: string | undefined;
  const state = await runFormAction(formData, async (values) => {
    slug = (await createCommunity(await currentActor(), { ...values, cover: await coverOf(formData) })).slug;
  });
  if (slug) redirect(`/communities/${slug}`);
  return state;
}

export async function updateCommunityAction(
  communityId: string,
  _previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return runFormAction(formData, async (values) => {
    await updateCommunity(await currentActor(), { ...values, communityId });
    return "Settings saved.";
  });
}

export async function joinCommunityAction(communityId: string, message = "") {
  return runAction(async () => joinCommunity(await currentActor(), { communityId, message }));
}

export async function leaveCommunityAction(communityId: string) {
  return runAction(async () => leaveCommunity(await currentActor(), { communityId }));
}

export async function decideJoinRequestAction(requestId: string, approve: boolean) {
  return runAction(async () => decideJoinRequest(await currentActor(), { requestId, approve }));
}

export async function inviteMemberAction(communityId: string, handle: string) {
  return runAction(async () => inviteMember(await currentActor(), { communityId, handle }));
}

export async function setMemberRoleAction(communityId: string, userId: string, role: string) {
  return runAction(async () => setMemberRole(await currentActor(), { communityId, userId, role }));
}

export async function muteMemberAction(communityId: string, userId: string, days: number) {
  return runAction(async () => muteMember(await currentActor(), { communityId, userId, days }));
}

export async function removeMemberAction(communityId: string, userId: string) {
  return runAction(async () => removeMember(await currentActor(), { communityId, userId }));
}

export async function pinCommunityPostAction(postId: string, pinned: boolean) {
  return runAction(async () => pinCommunityPost(await currentActor(), { postId, pinned }));
}

export async function reviewCommunityAction(communityId: string, decision: string, reviewAt?: string) {
  return runAction(async () => reviewCommunity(await currentActor(), { communityId, decision, reviewAt }));
}

export async function proposeFocusItemAction(communityId: string, title: string, body: string) {
  return runAction(async () => proposeFocusItem(await currentActor(), { communityId, title, body }));
}

export async function setFocusVoteAction(itemId: string, active: boolean) {
  return runAction(async () => setFocusVote(await currentActor(), { itemId, active }));
}

export async function answerFocusItemAction(itemId: string, body: string) {
  return runAction(async () => answerFocusItem(await currentActor(), { itemId, body }));
}

export async function acceptFocusAnswerAction(answerId: string, accepted: boolean) {
  return runAction(async () => acceptFocusAnswer(await currentActor(), { answerId, accepted }));
}
