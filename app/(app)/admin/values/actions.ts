"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runFormAction, type ActionState } from "@/lib/action-state";
import { currentActor } from "@/lib/auth/current-user";
import { createCompanyValue } from "@/lib/values/create-company-value";
import { moveCompanyValue } from "@/lib/values/move-company-value";
import { updateCompanyValue } from "@/lib/values/update-company-value";

// Thin wrappers: every check lives in the lib/ function each one calls.

export async function createValueAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const state = await runFormAction(formData, async (values) => {
    await createCompanyValue(await currentActor(), values);
    return `“${values.name?.trim()}” is added. It shows in the pride composer and the wall's filter now.`;
  });
  revalidatePath("/admin/values");
  return state;
}

export async function updateValueAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const state = await runFormAction(formData, async (values) => {
    await updateCompanyValue(await currentActor(), values);
  });
  if (state.status === "ok") redirect("/admin/values?saved=1");
  return state;
}

/** Move up/down, archive or restore: one small form per button. */
export async function changeValueAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const state = await runFormAction(formData, async ({ valueId, change, name, emoji, description }) => {
    const actor = await currentActor();
    if (change === "up" || change === "down") await moveCompanyValue(actor, { valueId, direction: change });
    else await updateCompanyValue(actor, { valueId, name, emoji, description, archived: change === "archive" });
  });
  revalidatePath("/admin/values");
  return state;
}
