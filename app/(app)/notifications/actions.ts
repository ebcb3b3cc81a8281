"use server";

import { redirect } from "next/navigation";
import { runAction } from "@/lib/action-state";
import { currentActor } from "@/lib/auth/current-user";
import { setMute } from "@/lib/notifications/set-mute";
import { actOnNudge } from "@/lib/nudges/act-on-nudge";

/** One click: marks the nudge followed and opens what it suggests (a pre-filled thank-you, a welcome, questions). */
export async function followNudgeAction(formData: FormData) {
  const result = await runAction(async () =>
    actOnNudge(await currentActor(), { nudgeId: formData.get("nudgeId"), action: "act" }),
  );
  // A nudge already gone (acted on in another tab) leads back to the list rather than to an error.
  redirect(result.ok ? result.data.href : "/notifications");
}

export async function dismissNudgeAction(nudgeId: string, action: "snooze" | "stop") {
  return runAction(async () => actOnNudge(await currentActor(), { nudgeId, action }));
}

export async function setMuteAction(subject: "community" | "post" | "question", id: string, muted: boolean) {
  return runAction(async () => setMute(await currentActor(), { subject, id, muted }));
}
