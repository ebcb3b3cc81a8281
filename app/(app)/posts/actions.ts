"use server";

import { runAction, runFormAction, type ActionState } from "@/lib/action-state";
import { currentActor } from "@/lib/auth/current-user";
import { createComment } from "@/lib/comments/create-comment";
import { deleteComment } from "@/lib/comments/delete-comment";
import { setFollow } from "@/lib/follows/set-follow";
import { markNotificationsRead } from "@/lib/notifications/mark-read";
import { createPost } from "@/lib/posts/create-post";
import { deletePost } from "@/lib/posts/delete-post";
import { previewPost } from "@/lib/posts/preview-post";
import { updatePost } from "@/lib/posts/update-post";
import { setReaction } from "@/lib/reactions/set-reaction";
import type { ReactionKind } from "@/lib/generated/prisma/enums";

// Thin wrappers: every check lives in the lib/ function each one calls.

export async function createPostAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  let id: string | undefined;
  const state = await runFormAction(formData, async (values) => {
    const list = (name: string) => formData.getAll(name).map(String);
    const poll =
      values.poll === "on"
        ? {
            question: values.pollQuestion,
            options: list("pollOptions"),
            multiple: values.pollMultiple === "on",
            isPublic: values.pollPublic === "on",
            closesAt: values.pollClosesAt,
          }
        : undefined;
    id = (
      await createPost(await currentActor(), {
        ...values,
        imageIds: list("imageIds"),
        taggedIds: list("taggedIds"),
        valueIds: list("valueIds"),
        poll,
      })
    ).id;
    return "Posted.";
  });
  return { ...state, id };
}

export async function updatePostAction(postId: string, body: string) {
  return runAction(async () => updatePost(await currentActor(), { postId, body }));
}

export async function deletePostAction(postId: string) {
  return runAction(async () => deletePost(await currentActor(), { postId }));
}

export async function previewPostAction(body: string) {
  return runAction(async () => previewPost(await currentActor(), { body }));
}

export async function createCommentAction(postId: string, parentId: string | null, body: string) {
  return runAction(async () => createComment(await currentActor(), { postId, parentId: parentId ?? undefined, body }));
}

export async function deleteCommentAction(commentId: string) {
  return runAction(async () => deleteComment(await currentActor(), { commentId }));
}

export async function setReactionAction(postId: string, kind: ReactionKind, active: boolean) {
  return runAction(async () => setReaction(await currentActor(), { postId, kind, active }));
}

export async function setFollowAction(userId: string, following: boolean) {
  return runAction(async () => setFollow(await currentActor(), { userId, following }));
}

export async function markNotificationsReadAction(groupKey?: string) {
  return runAction(async () => markNotificationsRead(await currentActor(), { groupKey }));
}
