"use client";

import { ShieldX } from "lucide-react";
import { useState } from "react";
import { removeContentAction } from "@/app/(app)/moderation/actions";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { TextAreaField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { MODERATION_REASON_MAX } from "@/lib/moderation/moderation-limits";
import { useServerAction } from "@/components/ui/use-server-action";

/** "Remove with reason" for moderators: the author is told the reason; admins can restore it for 30 days. */
export function RemoveDialog({
  open,
  onClose,
  targetType,
  targetId,
  onRemoved,
}: {
  open: boolean;
  onClose: () => void;
  targetType: "POST" | "COMMENT";
  targetId: string;
  onRemoved: () => void;
}) {
  const [reason, setReason] = useState("");
  const { run, pending, summary, fieldErrors } = useServerAction(removeContentAction, {
    onSuccess: () => {
      onClose();
      onRemoved();
    },
  });
  const what = targetType === "POST" ? "post" : "comment";

  function submit(event: React.FormEvent) {
    event.preventDefault();
    run({ targetType, targetId, reason });
  }

  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={
        <>
          <ShieldX className="size-5 text-red-700" aria-hidden="true" /> Remove this {what}
        </>
      }
    >
      <form onSubmit={submit} noValidate className="space-y-4">
        <p className="text-sm text-stone-600">
          It disappears for everyone now. The author is told your reason; admins can restore it within 30 days.
        </p>
        <FormMessage status="error" message={summary()} />
        <TextAreaField
          label="Reason (the author reads this)"
          name={`remove-reason-${targetId}`}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          rows={3}
          error={fieldErrors.reason}
          hint={`${reason.length}/${MODERATION_REASON_MAX} characters`}
          autoFocus
        />
        <div className="flex flex-wrap justify-end gap-2">
          <Button type="button" variant="ghost" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" variant="danger" disabled={pending}>
            {pending ? "Removing…" : "Remove"}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
