"use client";

import { eraseAccountAction, updatePrivacySettingsAction } from "@/app/(app)/admin/privacy/actions";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useFormAction } from "@/components/ui/use-server-action";

export type PrivacySettingsValues = {
  erasedContent: "ANONYMISE" | "DELETE";
  removedContentDays: number | null;
  auditDays: number | null;
};

export function PrivacySettingsForm({ settings }: { settings: PrivacySettingsValues }) {
  const { state, action, pending, fieldErrors, kept } = useFormAction(updatePrivacySettingsAction);
  const policy = kept?.erasedContent ?? settings.erasedContent;
  return (
    <form action={action} className="space-y-5">
      <FormMessage status={state.status} message={state.message} />
      <fieldset>
        <legend className="text-sm font-medium text-stone-800">When an account is erased, its content is</legend>
        <div className="mt-2 space-y-2 text-sm">
          <label className="flex items-start gap-2">
            <input
              type="radio"
              name="erasedContent"
              value="ANONYMISE"
              defaultChecked={policy === "ANONYMISE"}
              className="mt-1"
            />
            <span>
              <strong>kept under “Former colleague”</strong>: conversations stay readable, nothing names the person.
            </span>
          </label>
          <label className="flex items-start gap-2">
            <input
              type="radio"
              name="erasedContent"
              value="DELETE"
              defaultChecked={policy === "DELETE"}
              className="mt-1"
            />
            <span>
              <strong>deleted</strong>: their posts (with the comments under them), comments and answers go too.
            </span>
          </label>
        </div>
        {fieldErrors.erasedContent && <p className="mt-1 text-sm text-red-700">{fieldErrors.erasedContent}</p>}
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label="Keep removed and deleted content for (days)"
          name="removedContentDays"
          inputMode="numeric"
          hint="Empty keeps it. Then it is purged for good."
          defaultValue={kept?.removedContentDays ?? settings.removedContentDays ?? ""}
          error={fieldErrors.removedContentDays}
        />
        <TextField
          label="Keep audit entries for (days)"
          name="auditDays"
          inputMode="numeric"
          hint="Empty keeps them."
          defaultValue={kept?.auditDays ?? settings.auditDays ?? ""}
          error={fieldErrors.auditDays}
        />
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save"}
      </Button>
    </form>
  );
}

export function EraseAccountForm() {
  const { state, action, pending, fieldErrors, kept } = useFormAction(eraseAccountAction);
  return (
    <form action={action} className="space-y-4">
      <FormMessage status={state.status} message={state.message} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label="Handle of the person"
          name="handle"
          autoComplete="off"
          defaultValue={kept?.handle ?? ""}
          error={fieldErrors.handle}
        />
        <TextField
          label="Type the handle again to confirm"
          name="confirm"
          autoComplete="off"
          defaultValue=""
          error={fieldErrors.confirm}
        />
      </div>
      <Button type="submit" variant="danger" disabled={pending}>
        {pending ? "Erasing…" : "Erase this account"}
      </Button>
    </form>
  );
}
