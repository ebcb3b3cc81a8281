"use server";

import { revalidatePath } from "next/cache";
import { runFormAction, type ActionState } from "@/lib/action-state";
import { currentActor } from "@/lib/auth/current-user";
import { broadcastBanner, clearBanner } from "@/lib/banners/broadcast-banner";

export async function broadcastBannerAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const state = await runFormAction(formData, async (values) => {
    await broadcastBanner(await currentActor(), values);
    return "Sent. Everyone signed in sees the banner now.";
  });
  revalidatePath("/admin");
  return state;
}

export async function clearBannerAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const state = await runFormAction(formData, async (values) => {
    await clearBanner(await currentActor(), values);
    return "The banner is cleared for everyone.";
  });
  revalidatePath("/admin");
  return state;
}
