"use server";

import { revalidatePath } from "next/cache";
import { runAction, runFormAction, type ActionState } from "@/lib/action-state";
import { currentActor } from "@/lib/auth/current-user";
import { updateNotificationSettings } from "@/lib/notifications/notification-settings";
import { removeMute } from "@/lib/notifications/set-mute";

export async function updateNotificationSettingsAction(
  _previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return runFormAction(formData, async () => {
    await updateNotificationSettings(await currentActor(), {
      ...Object.fromEntries(formData),
      inApp: formData.getAll("inApp"),
      email: formData.getAll("email"),
    });
    return "Saved. Hearth will reach you this way from now on.";
  });
}

export async function removeMuteAction(muteId: string) {
  const result = await runAction(async () => removeMute(await currentActor(), { muteId }));
  revalidatePath("/settings");
  return result;
}
