"use server";

import { runFormAction, type ActionState } from "@/lib/action-state";
import { MAIL_STRINGS } from "@/lib/mail/mail-strings";
import { unsubscribe } from "@/lib/mail/unsubscribe";

export async function unsubscribeAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, async (values) => {
    const { scope } = await unsubscribe(values.token ?? "");
    return MAIL_STRINGS.unsubscribed[scope];
  });
}
