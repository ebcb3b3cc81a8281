"use server";

import { assignActionItem } from "@/lib/action-items/assign-action-item";
import { changeActionItemStatus } from "@/lib/action-items/change-action-item-status";
import { editActionItem } from "@/lib/action-items/edit-action-item";
import { postActionItemUpdate } from "@/lib/action-items/post-action-item-update";
import { runAction } from "@/lib/action-state";
import { currentActor } from "@/lib/auth/current-user";

// Thin wrappers: every check lives in the lib/ function each one calls, which also refuses fields it does not know.

export async function assignActionItemAction(input: unknown) {
  return runAction(async () => assignActionItem(await currentActor(), input));
}

export async function changeActionItemStatusAction(input: unknown) {
  return runAction(async () => changeActionItemStatus(await currentActor(), input));
}

export async function postActionItemUpdateAction(input: unknown) {
  return runAction(async () => postActionItemUpdate(await currentActor(), input));
}

export async function editActionItemAction(input: unknown) {
  return runAction(async () => editActionItem(await currentActor(), input));
}
