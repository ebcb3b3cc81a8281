"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { createAmaSessionAction } from "@/app/(app)/ask/actions";
import { TextAreaField, TextField } from "@/components/ui/field";
import { AMA_DESCRIPTION_MAX, AMA_MAX_DAYS, AMA_TITLE_MAX } from "@/lib/ama/ama-limits";
import { toIso, toLocalInput } from "@/components/ui/local-datetime";
import { FormSubmit } from "@/components/ui/form-submit";
import { useServerAction } from "@/components/ui/use-server-action";

const HOUR = 3_600_000;
const DURATIONS = [
  { label: "1 hour", ms: HOUR },
  { label: "1 day", ms: 24 * HOUR },
  { label: "2 days", ms: 48 * HOUR },
  { label: "1 week", ms: 7 * 24 * HOUR },
];

/** The end, `ms` after the typed start (or after now when the start is empty). */
function endAfterStart(startsAt: string, ms: number): string {
  const start = startsAt ? new Date(startsAt).getTime() : Date.now();
  return toLocalInput(new Date((Number.isNaN(start) ? Date.now() : start) + ms));
}

/** A leader opens a time-boxed "ask me anything": questions are taken only between start and end. */
export function AmaForm() {
  const [title, setTitle] = useState("");
  const [description, setDescription] = useState("");
  const [startsAt, setStartsAt] = useState("");
  const [endsAt, setEndsAt] = useState("");
  const router = useRouter();
  const {
    run,
    pending,
    error,
    fieldErrors: fields,
  } = useServerAction(createAmaSessionAction, { onSuccess: (data) => router.push(`/ask/ama/${data.id}`) });

  return (
    <form
      aria-label="Host an AMA"
      noValidate
      className="space-y-4 rounded-2xl bg-white p-4 shadow-sm ring-1 ring-stone-200 sm:p-6"
      onSubmit={(event) => {
        event.preventDefault();
        run({ title, description, startsAt: toIso(startsAt), endsAt: toIso(endsAt) });
      }}
    >
      <TextField
        label="Title"
        name="title"
        value={title}
        onChange={(event) => setTitle(event.target.value)}
        error={fields.title}
        hint={`For example “Ask me anything about our 2027 plans”. ${title.length}/${AMA_TITLE_MAX}`}
      />
      <TextAreaField
        label="What is it about? (optional)"
        name="description"
        value={description}
        onChange={(event) => setDescription(event.target.value)}
        error={fields.description}
        hint={`${description.length}/${AMA_DESCRIPTION_MAX}`}
        rows={3}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label="Starts"
          name="startsAt"
          type="datetime-local"
          value={startsAt}
          onChange={(event) => setStartsAt(event.target.value)}
          error={fields.startsAt}
          hint="Leave empty to start right away."
        />
        <div>
          <TextField
            label="Ends"
            name="endsAt"
            type="datetime-local"
            value={endsAt}
            onChange={(event) => setEndsAt(event.target.value)}
            error={fields.endsAt}
            hint={`At most ${AMA_MAX_DAYS} days after the start.`}
          />
          <div
            className="mt-2 flex flex-wrap items-center gap-1.5"
            role="group"
            aria-label="Set the end after the start"
          >
            <span className="text-xs text-stone-600" aria-hidden="true">
              Ends after:
            </span>
            {DURATIONS.map((duration) => (
              <button
                key={duration.label}
                type="button"
                onClick={() => setEndsAt(endAfterStart(startsAt, duration.ms))}
                className="rounded-full bg-stone-100 px-2.5 py-1 text-xs font-medium text-stone-700 hover:bg-stone-200"
              >
                {duration.label}
              </button>
            ))}
          </div>
        </div>
      </div>
      <FormSubmit error={error} fieldErrors={fields} pending={pending} pendingLabel="Opening…" label="Open the AMA" />
    </form>
  );
}
