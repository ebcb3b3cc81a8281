"use client";

import { signOutEverywhereAction } from "@/app/(app)/settings/actions";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { useFormAction } from "@/components/ui/use-server-action";

export function SignOutEverywhereForm() {
  const { state, action, pending } = useFormAction(signOutEverywhereAction);
  return (
    <form action={action} className="space-y-3">
      <FormMessage status={state.status} message={state.message} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "Signing out…" : "Sign out on all devices"}
      </Button>
    </form>
  );
}
