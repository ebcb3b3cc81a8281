"use server";

import { revalidatePath } from "next/cache";
import { runFormAction, type ActionState } from "@/lib/action-state";
import { currentActor } from "@/lib/auth/current-user";
import { eraseAccountOnRequest } from "@/lib/privacy/erase-account";
import { updatePrivacySettings } from "@/lib/privacy/privacy-settings";

export async function updatePrivacySettingsAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const state = await runFormAction(formData, async (values) => {
    await updatePrivacySettings(await currentActor(), values);
    return "Saved. Retention runs every hour.";
  });
  revalidatePath("/admin/privacy");
  return state;
}

export async function eraseAccountAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, async (values) => {
    const result = await eraseAccountOnRequest(await currentActor(), values);
    return result.policy === "ANONYMISE"
      ? `Erased. ${result.kept} item(s) stay under “Former colleague”; ${result.files} file(s) removed.`
      : `Erased, with their content. ${result.files} file(s) removed.`;
  });
}
