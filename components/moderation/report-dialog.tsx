"use client";

import { Flag } from "lucide-react";
import { useState } from "react";
import { fileReportAction } from "@/app/(app)/moderation/actions";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { SelectField, TextAreaField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { REPORT_DETAILS_MAX, REPORT_REASONS } from "@/lib/moderation/moderation-limits";
import { useServerAction } from "@/components/ui/use-server-action";

/** "Report" for a post, comment or person: a reason category and optional details, sent to the moderators. */
export function ReportDialog({
  open,
  onClose,
  target,
  targetId,
  what,
}: {
  open: boolean;
  onClose: () => void;
  target: "POST" | "COMMENT" | "MEMBER";
  targetId: string;
  what: string;
}) {
  const [reason, setReason] = useState("");
  const [details, setDetails] = useState("");
  const [sent, setSent] = useState<string | null>(null);
  const {
    run,
    pending,
    summary,
    fieldErrors: errors,
  } = useServerAction(fileReportAction, {
    onSuccess: (data) =>
      setSent(
        data.alreadyReported
          ? "You already reported this; the moderators have it."
          : "Thank you. The moderators will look at it; the author is not told who reported.",
      ),
  });

  function submit(event: React.FormEvent) {
    event.preventDefault();
    run({ target, targetId, reason, details });
  }

  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={
        <>
          <Flag className="size-5 text-ember-700" aria-hidden="true" /> Report {what}
        </>
      }
    >
      {sent ? (
        <div className="space-y-4">
          <FormMessage status="ok" message={sent} />
          <div className="flex justify-end">
            <Button type="button" onClick={onClose}>
              Close
            </Button>
          </div>
        </div>
      ) : (
        <form onSubmit={submit} noValidate className="space-y-4">
          <p className="text-sm text-stone-600">
            Reports go to the moderators of where it was posted (admins for company-wide posts and people). Only they
            see who reported.
          </p>
          <FormMessage status="error" message={summary()} />
          <SelectField
            label="What is wrong?"
            name={`report-reason-${targetId}`}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            error={errors.reason}
            autoFocus
          >
            <option value="">Choose a reason…</option>
            {Object.entries(REPORT_REASONS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </SelectField>
          <TextAreaField
            label="Details (optional)"
            name={`report-details-${targetId}`}
            value={details}
            onChange={(event) => setDetails(event.target.value)}
            rows={3}
            error={errors.details}
            hint={`${details.length}/${REPORT_DETAILS_MAX} characters. What should the moderators know?`}
          />
          <div className="flex flex-wrap justify-end gap-2">
            <Button type="button" variant="ghost" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" disabled={pending}>
              {pending ? "Sending…" : "Send report"}
            </Button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
