"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { runFormAction, type ActionState } from "@/lib/action-state";
import { currentActor } from "@/lib/auth/current-user";
import { eraseAccount } from "@/lib/privacy/erase-account";
import { requestExport } from "@/lib/privacy/request-export";

export async function requestExportAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const state = await runFormAction(formData, async () => {
    await requestExport(await currentActor(), {});
    return "We are preparing your export. You will get a notification when it is ready.";
  });
  revalidatePath("/settings");
  return state;
}

export async function eraseOwnAccountAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const state = await runFormAction(formData, async (values) => {
    const actor = await currentActor();
    await eraseAccount(actor, { userId: actor?.id ?? "", confirm: values.confirm ?? "" });
  });
  if (state.status === "ok") redirect("/signin?erased=1");
  return state;
}
