"use client";

import { useState } from "react";
import { TextAreaField, TextField } from "@/components/ui/field";
import { PersonPicker, type PickedPerson } from "@/components/ui/person-picker";
import { ACTION_TEXT_MAX, ACTION_TITLE_MAX } from "@/lib/action-items/action-item-limits";

export type ActionItemDraft = { title: string; description: string; dueDate: string; assignees: PickedPerson[] };

/** The draft both forms keep: what was typed stays when the server refuses it. */
export function useActionItemDraft(initial: ActionItemDraft) {
  const [draft, setDraft] = useState(initial);
  const change = (patch: Partial<ActionItemDraft>) => setDraft((current) => ({ ...current, ...patch }));
  /** What the assign and edit actions take. */
  const fields = {
    title: draft.title,
    description: draft.description,
    dueDate: draft.dueDate,
    assigneeIds: draft.assignees.map((person) => person.id),
  };
  return { draft, change, fields, reset: () => setDraft(initial) };
}

const todayInput = () => new Date().toISOString().slice(0, 10);

// What assigning a new item and editing one ask differently: labels, hints, and a due date that may not be in the
// past for a new item.
const MODES = {
  assign: {
    titleHint: `What should happen, in a few words (at most ${ACTION_TITLE_MAX} characters).`,
    descriptionLabel: "Description (optional)",
    rows: 3,
    assigneesLabel: "Assign to",
    assigneesHint: "One or more people, usually managers. They are notified.",
  },
  edit: {
    titleHint: undefined,
    descriptionLabel: "Description",
    rows: 4,
    assigneesLabel: "Assigned to",
    assigneesHint: "People you add are notified; everyone on the item hears of the change.",
  },
} as const;

/** The title, description, due date and assignees of an action item, for the assign dialog and the edit form. */
export function ActionItemFields({
  mode,
  idPrefix,
  draft,
  onChange,
  errors,
}: {
  mode: keyof typeof MODES;
  idPrefix: string;
  draft: ActionItemDraft;
  onChange: (change: Partial<ActionItemDraft>) => void;
  errors: Record<string, string>;
}) {
  const texts = MODES[mode];
  return (
    <>
      <TextField
        label="Title"
        name={`${idPrefix}-title`}
        value={draft.title}
        onChange={(event) => onChange({ title: event.target.value })}
        maxLength={ACTION_TITLE_MAX + 40}
        error={errors.title}
        hint={texts.titleHint}
        autoFocus={mode === "assign"}
      />
      <TextAreaField
        label={texts.descriptionLabel}
        name={`${idPrefix}-description`}
        value={draft.description}
        onChange={(event) => onChange({ description: event.target.value })}
        rows={texts.rows}
        error={errors.description}
        hint={`${draft.description.length}/${ACTION_TEXT_MAX} characters`}
      />
      <TextField
        label="Due date (optional)"
        name={`${idPrefix}-due`}
        type="date"
        min={mode === "assign" ? todayInput() : undefined}
        value={draft.dueDate}
        onChange={(event) => onChange({ dueDate: event.target.value })}
        error={errors.dueDate}
      />
      <PersonPicker
        id={`${idPrefix}-assignees`}
        label={texts.assigneesLabel}
        value={draft.assignees}
        onChange={(assignees) => onChange({ assignees })}
        error={errors.assigneeIds}
        hint={texts.assigneesHint}
      />
    </>
  );
}
