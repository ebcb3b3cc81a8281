"use client";

import { broadcastBannerAction, clearBannerAction } from "@/app/(app)/admin/actions";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useFormAction } from "@/components/ui/use-server-action";

export function BroadcastBannerForm() {
  const { state, action, pending, fieldErrors: errors, kept } = useFormAction(broadcastBannerAction);
  return (
    <form
      action={action}
      className="space-y-4"
      noValidate
      key={state.status === "ok" ? state.message : JSON.stringify(kept ?? {})}
    >
      <FormMessage status={state.status} message={state.message} />
      <TextAreaField
        label="Message"
        name="message"
        rows={3}
        maxLength={400}
        defaultValue={kept?.message ?? ""}
        error={errors.message}
        hint="Up to 280 characters. Shown at the top of Hearth for everyone, live."
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField label="Tone" name="tone" defaultValue={kept?.tone ?? "INFO"} error={errors.tone}>
          <option value="INFO">Information</option>
          <option value="CELEBRATION">Celebration</option>
          <option value="WARNING">Warning</option>
        </SelectField>
        <TextField
          label="Show for (days)"
          name="days"
          type="number"
          inputMode="numeric"
          min={1}
          max={30}
          defaultValue={kept?.days ?? "3"}
          error={errors.days}
        />
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? "Sending…" : "Broadcast banner"}
      </Button>
    </form>
  );
}

export function ClearBannerForm({ bannerId }: { bannerId: string }) {
  const { state, action, pending } = useFormAction(clearBannerAction);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="bannerId" value={bannerId} />
      <FormMessage status={state.status} message={state.message} />
      <Button type="submit" variant="secondary" size="sm" disabled={pending}>
        Clear this banner
      </Button>
    </form>
  );
}
