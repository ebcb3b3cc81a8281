"use client";

import { unsubscribeAction } from "@/app/unsubscribe/actions";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { useFormAction } from "@/components/ui/use-server-action";

export function UnsubscribeForm({ token }: { token: string }) {
  const { state, action, pending } = useFormAction(unsubscribeAction);
  return (
    <form action={action} className="mt-4 space-y-3">
      <input type="hidden" name="token" value={token} />
      <FormMessage status={state.status} message={state.message} />
      {state.status !== "ok" && (
        <Button type="submit" disabled={pending} className="w-full">
          {pending ? "Unsubscribing…" : "Unsubscribe"}
        </Button>
      )}
      <p className="text-xs text-stone-600">
        You can choose what Hearth e-mails you at any time in{" "}
        <a href="/settings#notifications" className="underline">
          Settings
        </a>
        .
      </p>
    </form>
  );
}
