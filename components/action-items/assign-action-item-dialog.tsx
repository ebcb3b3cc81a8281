"use client";

import { ListChecks } from "lucide-react";
import Link from "next/link";
import { useRef, useState } from "react";
import { ActionItemFields, useActionItemDraft } from "@/components/action-items/action-item-fields";
import { assignActionItemAction } from "@/app/(app)/actions/actions";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { FormMessage } from "@/components/ui/form-message";
import { useServerAction } from "@/components/ui/use-server-action";

export type ActionSourceRef = { answerId: string } | { postId: string } | { commentId: string } | null;

/**
 * The assign form in a modal dialog, prefilled with its source (an answer, post or comment) and a
 * suggested title. What was typed stays when the server refuses it; after success it offers the new item.
 */
export function AssignActionItemDialog({
  open,
  onClose,
  source,
  sourceLabel,
  suggestedTitle = "",
  onAssigned,
}: {
  open: boolean;
  onClose: () => void;
  source: ActionSourceRef;
  sourceLabel?: string;
  suggestedTitle?: string;
  onAssigned?: (id: string) => void;
}) {
  const form = useRef<HTMLFormElement>(null);
  const {
    draft,
    change,
    fields,
    reset: resetDraft,
  } = useActionItemDraft({
    title: suggestedTitle,
    description: "",
    dueDate: "",
    assignees: [],
  });
  const [createdId, setCreatedId] = useState<string | null>(null);
  const assign = useServerAction(assignActionItemAction, {
    onSuccess: (data) => {
      setCreatedId(data.id);
      onAssigned?.(data.id);
    },
    // After a refusal, take the person to the first field that needs attention (once it is marked).
    onError: () =>
      requestAnimationFrame(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()),
  });

  function reset() {
    resetDraft();
    setCreatedId(null);
    assign.reset();
  }

  function close() {
    if (createdId) reset();
    onClose();
  }

  function submit(event: React.FormEvent) {
    event.preventDefault();
    assign.run({ ...fields, ...source });
  }

  const errors = assign.fieldErrors;
  return (
    <Dialog
      open={open}
      onClose={close}
      title={
        <>
          <ListChecks className="size-5 text-ember-700" aria-hidden="true" /> Assign an action item
        </>
      }
      description={`${sourceLabel ? `From ${sourceLabel}. ` : ""}Everyone in the company can see it and follow its progress.`}
    >
      <form ref={form} onSubmit={submit} noValidate className="space-y-4">
        {createdId ? (
          <div className="space-y-4">
            <FormMessage status="ok" message="Assigned. Everyone can follow it now." />
            <div className="flex flex-wrap gap-2">
              <Link
                href={`/actions/${createdId}`}
                className="inline-flex items-center rounded-lg bg-ember-700 px-4 py-2 text-sm font-medium text-white hover:bg-ember-800"
              >
                Open the action item
              </Link>
              <Button type="button" variant="secondary" onClick={reset}>
                Assign another
              </Button>
              <Button type="button" variant="ghost" onClick={close}>
                Close
              </Button>
            </div>
          </div>
        ) : (
          <>
            <FormMessage status="error" message={assign.summary({ ignore: ["form", "source"], where: "below" })} />
            {errors.source && <p className="text-sm text-red-700">{errors.source}</p>}
            <ActionItemFields mode="assign" idPrefix="action" draft={draft} onChange={change} errors={errors} />
            <div className="flex flex-wrap justify-end gap-2 pt-1">
              <Button type="button" variant="ghost" onClick={close}>
                Cancel
              </Button>
              <Button type="submit" disabled={assign.pending}>
                {assign.pending ? "Assigning…" : "Assign"}
              </Button>
            </div>
          </>
        )}
      </form>
    </Dialog>
  );
}
