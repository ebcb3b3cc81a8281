"use client";

import { retryJobRunAction } from "@/app/(app)/admin/jobs/actions";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { useFormAction } from "@/components/ui/use-server-action";

export function JobRetryForm({ runId, name }: { runId: string; name: string }) {
  const { state, action, pending } = useFormAction(retryJobRunAction);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="runId" value={runId} />
      <FormMessage status={state.status} message={state.message} />
      {state.status !== "ok" && (
        <Button type="submit" variant="secondary" size="sm" disabled={pending} aria-label={`Retry this run of ${name}`}>
          {pending ? "Retrying…" : "Retry"}
        </Button>
      )}
    </form>
  );
}
