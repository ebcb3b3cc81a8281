"use client";

import { useState } from "react";
import { updateQuestionAction } from "@/app/(app)/ask/actions";
import { MarkdownField } from "@/components/ui/markdown-field";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { QUESTION_DETAILS_MAX, QUESTION_TITLE_MAX } from "@/lib/questions/question-limits";
import { useServerAction } from "@/components/ui/use-server-action";

/** The asker rewords their open question; colleagues see it marked "edited". */
export function EditQuestionForm({
  questionId,
  initialTitle,
  initialDetails,
  onDone,
  onCancel,
}: {
  questionId: string;
  initialTitle: string;
  initialDetails: string;
  onDone: () => void;
  onCancel: () => void;
}) {
  const [title, setTitle] = useState(initialTitle);
  const [details, setDetails] = useState(initialDetails);
  const { run, pending, error, fieldErrors } = useServerAction(updateQuestionAction, { onSuccess: () => onDone() });
  return (
    <form
      aria-label="Edit your question"
      noValidate
      className="mt-3 space-y-3 rounded-xl bg-stone-50 p-3 ring-1 ring-stone-200"
      onSubmit={(event) => {
        event.preventDefault();
        run(questionId, title, details);
      }}
    >
      <TextField
        label="Your question"
        name="edit-title"
        value={title}
        onChange={(event) => setTitle(event.target.value)}
        error={fieldErrors.title}
        hint={`${title.length}/${QUESTION_TITLE_MAX}`}
      />
      <MarkdownField
        label="Details (optional)"
        name="edit-details"
        value={details}
        onValueChange={setDetails}
        max={QUESTION_DETAILS_MAX}
        error={fieldErrors.details}
        rows={3}
      />
      {error && Object.keys(fieldErrors).length === 0 && <FormMessage status="error" message={error} />}
      <div className="flex gap-2">
        <Button type="submit" size="sm" disabled={pending}>
          {pending ? "Saving…" : "Save changes"}
        </Button>
        <Button type="button" variant="ghost" size="sm" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
