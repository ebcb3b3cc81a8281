"use client";

import { ActionItemFields, useActionItemDraft } from "@/components/action-items/action-item-fields";
import { editActionItemAction } from "@/app/(app)/actions/actions";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { dueInputValue } from "@/lib/action-items/format-due";
import type { ActionItemView } from "@/lib/action-items/action-item-view";
import { useServerAction } from "@/components/ui/use-server-action";

/** The assigner (or an admin) rewrites the item, moves its due date or reassigns it. */
export function EditActionItemForm({ item, onDone }: { item: ActionItemView; onDone: (changed: boolean) => void }) {
  const { draft, change, fields } = useActionItemDraft({
    title: item.title,
    description: item.description,
    dueDate: dueInputValue(item.dueDate),
    assignees: item.assignees,
  });
  const {
    run,
    pending,
    summary,
    fieldErrors: errors,
  } = useServerAction(editActionItemAction, { onSuccess: (data) => onDone(data.changed) });

  function save(event: React.FormEvent) {
    event.preventDefault();
    run({ itemId: item.id, ...fields });
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
      <ActionItemFields mode="edit" idPrefix="edit" draft={draft} onChange={change} errors={errors} />
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
