"use client";

import { useState } from "react";
import { editActionItemAction } from "@/app/(app)/actions/actions";
import { PersonPicker, type PickedPerson } from "@/components/ui/person-picker";
import { Button } from "@/components/ui/button";
import { TextAreaField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { ACTION_TEXT_MAX, ACTION_TITLE_MAX } from "@/lib/action-items/action-item-input";
import { dueInputValue } from "@/lib/action-items/format-due";
import type { ActionItemView } from "@/lib/action-items/action-item-view";
import { useServerAction } from "@/components/ui/use-server-action";

/** The assigner (or an admin) rewrites the item, moves its due date or reassigns it. */
export function EditActionItemForm({ item, onDone }: { item: ActionItemView; onDone: (changed: boolean) => void }) {
  const [title, setTitle] = useState(item.title);
  const [description, setDescription] = useState(item.description);
  const [dueDate, setDueDate] = useState(dueInputValue(item.dueDate));
  const [assignees, setAssignees] = useState<PickedPerson[]>(item.assignees);
  const {
    run,
    pending,
    summary,
    fieldErrors: errors,
  } = useServerAction(editActionItemAction, { onSuccess: (data) => onDone(data.changed) });

  function save(event: React.FormEvent) {
    event.preventDefault();
    run({ itemId: item.id, title, description, dueDate, assigneeIds: assignees.map((person) => person.id) });
  }

  return (
    <form
      onSubmit={save}
      noValidate
      aria-labelledby="edit-heading"
      className="mt-6 space-y-4 rounded-2xl bg-white p-4 shadow-sm ring-1 ring-stone-200 sm:p-5"
    >
      <h2 id="edit-heading" className="text-base font-semibold text-stone-900">
        Edit the action item
      </h2>
      <FormMessage status="error" message={summary()} />
      <TextField
        label="Title"
        name="edit-title"
        value={title}
        onChange={(event) => setTitle(event.target.value)}
        maxLength={ACTION_TITLE_MAX + 40}
        error={errors.title}
      />
      <TextAreaField
        label="Description"
        name="edit-description"
        value={description}
        onChange={(event) => setDescription(event.target.value)}
        rows={4}
        error={errors.description}
        hint={`${description.length}/${ACTION_TEXT_MAX} characters`}
      />
      <TextField
        label="Due date (optional)"
        name="edit-due"
        type="date"
        value={dueDate}
        onChange={(event) => setDueDate(event.target.value)}
        error={errors.dueDate}
      />
      <PersonPicker
        id="edit-assignees"
        label="Assigned to"
        value={assignees}
        onChange={setAssignees}
        error={errors.assigneeIds}
        hint="People you add are notified; everyone on the item hears of the change."
      />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save changes"}
        </Button>
        <Button type="button" variant="ghost" onClick={() => onDone(false)}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
