"use client";

import { useActionState } from "react";
import { signOutEverywhereAction } from "@/app/(app)/settings/actions";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import type { ActionState } from "@/lib/action-state";

export function SignOutEverywhereForm() {
  const [state, action, pending] = useActionState<ActionState, FormData>(signOutEverywhereAction, { status: "idle" });
  return (
    <form action={action} className="space-y-3">
      <FormMessage status={state.status} message={state.message} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "Signing out…" : "Sign out on all devices"}
      </Button>
    </form>
  );
}
