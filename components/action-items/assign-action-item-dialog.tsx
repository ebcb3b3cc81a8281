"use client";

import { ListChecks, X } from "lucide-react";
import Link from "next/link";
import { useEffect, useRef, useState, useTransition } from "react";
import { assignActionItemAction } from "@/app/(app)/actions/actions";
import { PersonPicker, type PickedPerson } from "@/components/action-items/person-picker";
import { Button } from "@/components/ui/button";
import { TextAreaField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { ACTION_TEXT_MAX, ACTION_TITLE_MAX } from "@/lib/action-items/action-item-input";
import { fieldErrorSummary } from "@/lib/format/error-summary";

export type ActionSourceRef = { answerId: string } | { postId: string } | { commentId: string } | null;

const todayInput = () => new Date().toISOString().slice(0, 10);

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
  const dialog = useRef<HTMLDialogElement>(null);
  const [title, setTitle] = useState(suggestedTitle);
  const [description, setDescription] = useState("");
  const [dueDate, setDueDate] = useState("");
  const [assignees, setAssignees] = useState<PickedPerson[]>([]);
  const [result, setResult] = useState<{
    status: "idle" | "ok" | "error";
    message?: string;
    fieldErrors?: Record<string, string>;
    id?: string;
  }>({ status: "idle" });
  const [pending, startTransition] = useTransition();

  useEffect(() => {
    const node = dialog.current;
    if (!node) return;
    if (open && !node.open) node.showModal();
    if (!open && node.open) node.close();
  }, [open]);

  // After a refusal, take the person to the first field that needs attention.
  useEffect(() => {
    if (result.status === "error") dialog.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [result]);

  function reset() {
    setTitle(suggestedTitle);
    setDescription("");
    setDueDate("");
    setAssignees([]);
    setResult({ status: "idle" });
  }

  function close() {
    if (result.status === "ok") reset();
    onClose();
  }

  function submit(event: React.FormEvent) {
    event.preventDefault();
    startTransition(async () => {
      const response = await assignActionItemAction({
        title,
        description,
        dueDate,
        assigneeIds: assignees.map((person) => person.id),
        ...source,
      });
      if (!response.ok)
        return setResult({
          status: "error",
          message: fieldErrorSummary(response.fieldErrors, { ignore: ["form", "source"] }) ?? response.error,
          fieldErrors: response.fieldErrors,
        });
      setResult({ status: "ok", message: "Assigned. Everyone can follow it now.", id: response.data.id });
      onAssigned?.(response.data.id);
    });
  }

  const errors = result.fieldErrors ?? {};
  const done = result.status === "ok";
  return (
    <dialog
      ref={dialog}
      aria-labelledby="assign-action-title"
      onClose={close}
      className="m-auto w-[calc(100%-1.5rem)] max-w-lg rounded-2xl bg-white p-0 text-left shadow-xl ring-1 ring-stone-200 backdrop:bg-stone-900/40"
    >
      <form onSubmit={submit} noValidate className="space-y-4 p-5 sm:p-6">
        <div className="flex items-start justify-between gap-3">
          <div>
            <h2 id="assign-action-title" className="flex items-center gap-2 text-lg font-semibold text-stone-900">
              <ListChecks className="size-5 text-ember-700" aria-hidden="true" /> Assign an action item
            </h2>
            <p className="mt-0.5 text-sm text-stone-600">
              {sourceLabel ? `From ${sourceLabel}. ` : ""}Everyone in the company can see it and follow its progress.
            </p>
          </div>
          <button
            type="button"
            onClick={close}
            aria-label="Close"
            className="rounded-lg p-1.5 text-stone-500 hover:bg-stone-100"
          >
            <X className="size-5" aria-hidden="true" />
          </button>
        </div>

        {done ? (
          <div className="space-y-4">
            <FormMessage status="ok" message={result.message} />
            <div className="flex flex-wrap gap-2">
              <Link
                href={`/actions/${result.id}`}
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
            <FormMessage status={result.status} message={result.message} />
            {errors.source && <p className="text-sm text-red-700">{errors.source}</p>}
            <TextField
              label="Title"
              name="action-title"
              value={title}
              onChange={(event) => setTitle(event.target.value)}
              maxLength={ACTION_TITLE_MAX + 40}
              error={errors.title}
              hint={`What should happen, in a few words (at most ${ACTION_TITLE_MAX} characters).`}
              autoFocus
            />
            <TextAreaField
              label="Description (optional)"
              name="action-description"
              value={description}
              onChange={(event) => setDescription(event.target.value)}
              rows={3}
              error={errors.description}
              hint={`${description.length}/${ACTION_TEXT_MAX} characters`}
            />
            <TextField
              label="Due date (optional)"
              name="action-due"
              type="date"
              min={todayInput()}
              value={dueDate}
              onChange={(event) => setDueDate(event.target.value)}
              error={errors.dueDate}
            />
            <PersonPicker
              id="action-assignees"
              label="Assign to"
              value={assignees}
              onChange={setAssignees}
              error={errors.assigneeIds}
              hint="One or more people, usually managers. They are notified."
            />
            <div className="flex flex-wrap justify-end gap-2 pt-1">
              <Button type="button" variant="ghost" onClick={close}>
                Cancel
              </Button>
              <Button type="submit" disabled={pending}>
                {pending ? "Assigning…" : "Assign"}
              </Button>
            </div>
          </>
        )}
      </form>
    </dialog>
  );
}
