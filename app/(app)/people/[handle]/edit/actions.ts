"use server";

import { redirect } from "next/navigation";
import { runFormAction, type ActionState } from "@/lib/action-state";
import { currentActor } from "@/lib/auth/current-user";
import { updateProfile } from "@/lib/people/update-profile";

export async function updateProfileAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  let handle = "";
  const state = await runFormAction(formData, async (values) => {
    handle = (await updateProfile(await currentActor(), values)).handle;
  });
  if (state.status === "ok") redirect(`/people/${handle}?saved=1`);
  return state;
}
