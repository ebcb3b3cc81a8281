"use server";

import { revalidatePath } from "next/cache";
import { runFormAction, type ActionState } from "@/lib/action-state";
import { currentActor } from "@/lib/auth/current-user";
import { retryJobRun } from "@/lib/jobs/retry-job-run";

export async function retryJobRunAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const state = await runFormAction(formData, async (values) => {
    const { name } = await retryJobRun(await currentActor(), values);
    return `Queued again: ${name} runs within seconds.`;
  });
  revalidatePath("/admin/jobs");
  return state;
}
