"use client";

import { useState } from "react";
import { resolveReportAction } from "@/app/(app)/moderation/actions";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import type { ReportView } from "@/lib/moderation/list-reports";
import { useServerAction } from "@/components/ui/use-server-action";

const ACTIONS = [
  { value: "dismiss", label: "Dismiss", hint: "Nothing wrong: close the report." },
  { value: "hide", label: "Hide", hint: "Take it out of sight while you look closer; the author is not told." },
  { value: "remove", label: "Remove", hint: "Remove it; the author is told your reason." },
  {
    value: "suspend",
    label: "Suspend from community",
    hint: "Ban the person from this community and end their membership.",
  },
] as const;

/** The moderator's decision on one report: an action and the reason the audit log (and, on removal, the author) keeps. */
export function ReportActions({ report }: { report: ReportView }) {
  const [action, setAction] = useState<string>("");
  const [reason, setReason] = useState("");
  const [done, setDone] = useState(false);
  const {
    run,
    pending,
    summary,
    fieldErrors: errors,
  } = useServerAction(resolveReportAction, {
    onSuccess: () => setDone(true),
  });
  const isContent = report.target !== "MEMBER" && report.subject.state === "shown";
  const available = ACTIONS.filter((option) =>
    option.value === "hide" || option.value === "remove"
      ? isContent
      : option.value === "suspend"
        ? report.community !== null
        : true,
  );
  const name = `report-${report.id}`;

  function submit(event: React.FormEvent) {
    event.preventDefault();
    run({ reportId: report.id, action, reason });
  }

  if (done) return <FormMessage status="ok" message="Done. It is in the audit log." />;
  return (
    <form onSubmit={submit} noValidate className="space-y-3">
      <FormMessage status="error" message={summary()} />
      <fieldset>
        <legend className="text-sm font-medium text-stone-800">Action</legend>
        <div
          className="mt-1.5 flex flex-wrap gap-2"
          aria-describedby={errors.action ? `${name}-action-error` : undefined}
        >
          {available.map((option) => (
            <label
              key={option.value}
              title={option.hint}
              className="cursor-pointer rounded-lg bg-white px-3 py-1.5 text-sm font-medium text-stone-800 ring-1 ring-stone-300 has-checked:bg-ember-700 has-checked:text-white has-checked:ring-ember-700 has-focus-visible:ring-2 has-focus-visible:ring-ember-600"
            >
              <input
                type="radio"
                name={`${name}-action`}
                value={option.value}
                checked={action === option.value}
                onChange={() => setAction(option.value)}
                className="sr-only"
              />
              {option.label}
            </label>
          ))}
        </div>
        {action && (
          <p className="mt-1 text-xs text-stone-600">{ACTIONS.find((option) => option.value === action)?.hint}</p>
        )}
        {errors.action && (
          <p id={`${name}-action-error`} className="mt-1 text-sm text-red-700">
            {errors.action}
          </p>
        )}
      </fieldset>
      <TextAreaField
        label="Reason"
        name={`${name}-reason`}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        rows={2}
        error={errors.reason}
        hint="Kept in the audit log; on removal the author reads it."
      />
      <Button type="submit" size="sm" disabled={pending}>
        {pending ? "Applying…" : "Apply"}
      </Button>
    </form>
  );
}
