"use client";

import { ArrowDown, ArrowUp, Archive, ArchiveRestore } from "lucide-react";
import Link from "next/link";
import { changeValueAction, createValueAction, updateValueAction } from "@/app/(app)/admin/values/actions";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import type { CompanyValueView } from "@/lib/values/value-input";
import { useFormAction } from "@/components/ui/use-server-action";

/** Adds a value, or edits the one given; what was typed survives a refusal. */
export function ValueForm({ value }: { value?: CompanyValueView }) {
  const {
    state,
    action,
    pending,
    fieldErrors: errors,
    kept,
  } = useFormAction(value ? updateValueAction : createValueAction);
  return (
    <form
      action={action}
      className="space-y-4"
      noValidate
      key={state.status === "ok" ? state.message : JSON.stringify(kept ?? {})}
    >
      <FormMessage status={state.status} message={state.message} />
      {value && <input type="hidden" name="valueId" value={value.id} />}
      <div className="grid gap-4 sm:grid-cols-[1fr_7rem]">
        <TextField
          label="Name"
          name="name"
          maxLength={40}
          required
          defaultValue={kept?.name ?? value?.name ?? ""}
          error={errors.name}
        />
        <TextField
          label="Emoji"
          name="emoji"
          maxLength={16}
          defaultValue={kept?.emoji ?? value?.emoji ?? ""}
          error={errors.emoji}
          hint="One emoji"
        />
      </div>
      <TextField
        label="Description"
        name="description"
        maxLength={200}
        defaultValue={kept?.description ?? value?.description ?? ""}
        error={errors.description}
        hint="One line: what living this value looks like."
      />
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : value ? "Save value" : "Add value"}
        </Button>
        {value && (
          <Link href="/admin/values" className="text-sm font-medium text-stone-600 hover:text-stone-900">
            Cancel
          </Link>
        )}
      </div>
    </form>
  );
}

const iconButton = "rounded-lg p-1.5 text-stone-600 hover:bg-stone-100 hover:text-stone-900 disabled:opacity-40";

/** The row's buttons: move up or down, archive or restore. */
export function ValueRowActions({
  value,
  isFirst,
  isLast,
}: {
  value: CompanyValueView;
  isFirst: boolean;
  isLast: boolean;
}) {
  const { state, action, pending } = useFormAction(changeValueAction);
  const button = (change: string, label: string, icon: React.ReactNode, disabled = false) => (
    <form action={action}>
      <input type="hidden" name="valueId" value={value.id} />
      <input type="hidden" name="change" value={change} />
      <input type="hidden" name="name" value={value.name} />
      <input type="hidden" name="emoji" value={value.emoji} />
      <input type="hidden" name="description" value={value.description} />
      <button
        type="submit"
        aria-label={`${label}: ${value.name}`}
        title={label}
        disabled={pending || disabled}
        className={iconButton}
      >
        {icon}
      </button>
    </form>
  );
  return (
    <div className="ml-auto flex flex-col items-end gap-1">
      <div className="flex items-center gap-0.5">
        {button("up", "Move up", <ArrowUp className="size-4" aria-hidden="true" />, isFirst)}
        {button("down", "Move down", <ArrowDown className="size-4" aria-hidden="true" />, isLast)}
        <Link
          href={`/admin/values?edit=${value.id}`}
          className="rounded-lg px-2 py-1 text-sm font-medium text-stone-700 hover:bg-stone-100"
          aria-label={`Edit ${value.name}`}
        >
          Edit
        </Link>
        {value.archivedAt
          ? button("restore", "Restore", <ArchiveRestore className="size-4" aria-hidden="true" />)
          : button("archive", "Archive", <Archive className="size-4" aria-hidden="true" />)}
      </div>
      {state.status === "error" && (
        <p className="text-xs text-red-700" role="alert">
          {state.message}
        </p>
      )}
    </div>
  );
}
