"use server";

import { redirect } from "next/navigation";
import { runFormAction, type ActionState } from "@/lib/action-state";
import { currentActor } from "@/lib/auth/current-user";
import { signOutEverywhere } from "@/lib/auth/sign-out-everywhere";

export async function signOutEverywhereAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const state = await runFormAction(formData, async () => signOutEverywhere(await currentActor(), {}));
  if (state.status === "ok") redirect("/signin");
  return state;
}
