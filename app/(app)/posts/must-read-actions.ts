"use server";

import { runAction } from "@/lib/action-state";
import { currentActor } from "@/lib/auth/current-user";
import { confirmRead } from "@/lib/announcements/confirm-read";
import { findMustRead } from "@/lib/announcements/find-read-receipts";

export async function confirmReadAction(postId: string) {
  return runAction(async () => confirmRead(await currentActor(), { postId }));
}

export async function findMustReadAction(postId: string) {
  return runAction(async () => findMustRead(await currentActor(), { postId }));
}
