"use client";

import { Plus, X } from "lucide-react";
import { POLL_MAX_OPTIONS } from "@/lib/polls/poll-limits";

export type PollDraft = { question: string; options: string[]; multiple: boolean; isPublic: boolean; closesAt: string };
export const EMPTY_POLL: PollDraft = {
  question: "",
  options: ["", ""],
  multiple: false,
  isPublic: false,
  closesAt: "",
};

const input =
  "block w-full rounded-lg border-0 bg-white px-3 py-1.5 text-sm ring-1 ring-inset focus:ring-2 focus:ring-inset focus:ring-ember-600 focus:outline-none";

/** The composer's poll: a question, 2–10 options, single or multiple choice, anonymous or public, an optional closing time. */
export function PollBuilder({
  poll,
  onChange,
  onRemove,
  errors,
}: {
  poll: PollDraft;
  onChange: (poll: PollDraft) => void;
  onRemove: () => void;
  errors: Record<string, string>;
}) {
  const set = (patch: Partial<PollDraft>) => onChange({ ...poll, ...patch });
  // datetime-local is the browser's local time; the server gets an exact instant.
  const closesAtIso =
    poll.closesAt && !Number.isNaN(new Date(poll.closesAt).getTime())
      ? new Date(poll.closesAt).toISOString()
      : poll.closesAt;
  return (
    <fieldset className="space-y-3 rounded-xl bg-stone-50 p-3 ring-1 ring-stone-200">
      <div className="flex items-center justify-between">
        <legend className="text-sm font-semibold text-stone-900">Poll</legend>
        <button type="button" onClick={onRemove} className="text-sm text-stone-600 hover:text-red-700">
          Remove poll
        </button>
      </div>
      <input type="hidden" name="poll" value="on" />
      <input type="hidden" name="pollClosesAt" value={closesAtIso} />
      <div>
        <label htmlFor="poll-question" className="block text-sm font-medium text-stone-800">
          Question
        </label>
        <input
          id="poll-question"
          name="pollQuestion"
          value={poll.question}
          maxLength={200}
          onChange={(event) => set({ question: event.target.value })}
          aria-invalid={errors["poll.question"] ? true : undefined}
          aria-describedby={errors["poll.question"] ? "poll-question-error" : undefined}
          className={`${input} mt-1 ${errors["poll.question"] ? "ring-red-600" : "ring-stone-300"}`}
        />
        {errors["poll.question"] && (
          <p id="poll-question-error" className="mt-1 text-sm text-red-700">
            {errors["poll.question"]}
          </p>
        )}
      </div>
      <ol
        className="space-y-2"
        aria-label="Options"
        aria-describedby={errors["poll.options"] ? "poll-options-error" : undefined}
      >
        {poll.options.map((option, index) => (
          <li key={index} className="flex items-center gap-2">
            <label className="sr-only" htmlFor={`poll-option-${index}`}>
              Option {index + 1}
            </label>
            <input
              id={`poll-option-${index}`}
              name="pollOptions"
              value={option}
              maxLength={80}
              placeholder={`Option ${index + 1}`}
              onChange={(event) =>
                set({ options: poll.options.map((other, i) => (i === index ? event.target.value : other)) })
              }
              className={`${input} ${errors["poll.options"] ? "ring-red-600" : "ring-stone-300"}`}
            />
            {poll.options.length > 2 && (
              <button
                type="button"
                aria-label={`Remove option ${index + 1}`}
                onClick={() => set({ options: poll.options.filter((_, i) => i !== index) })}
                className="rounded-lg p-1.5 text-stone-500 hover:bg-stone-200"
              >
                <X className="size-4" aria-hidden="true" />
              </button>
            )}
          </li>
        ))}
      </ol>
      {errors["poll.options"] && (
        <p id="poll-options-error" className="text-sm text-red-700">
          {errors["poll.options"]}
        </p>
      )}
      {poll.options.length < POLL_MAX_OPTIONS && (
        <button
          type="button"
          onClick={() => set({ options: [...poll.options, ""] })}
          className="inline-flex items-center gap-1 text-sm font-medium text-ember-800 hover:text-ember-900"
        >
          <Plus className="size-4" aria-hidden="true" /> Add an option
        </button>
      )}
      <div className="flex flex-wrap gap-x-5 gap-y-2 text-sm text-stone-800">
        <label className="inline-flex items-center gap-2">
          <input
            type="checkbox"
            name="pollMultiple"
            checked={poll.multiple}
            onChange={(event) => set({ multiple: event.target.checked })}
            className="size-4 accent-ember-700"
          />
          People may choose several
        </label>
        <label className="inline-flex items-center gap-2">
          <input
            type="checkbox"
            name="pollPublic"
            checked={poll.isPublic}
            onChange={(event) => set({ isPublic: event.target.checked })}
            className="size-4 accent-ember-700"
          />
          Show who voted for what
        </label>
        <label className="inline-flex items-center gap-2">
          Closes
          <input
            type="datetime-local"
            value={poll.closesAt}
            onChange={(event) => set({ closesAt: event.target.value })}
            aria-invalid={errors["poll.closesAt"] ? true : undefined}
            className="rounded-md border-0 px-2 py-1 ring-1 ring-stone-300"
          />
          <span className="text-xs text-stone-500">(optional)</span>
        </label>
      </div>
      {errors["poll.closesAt"] && <p className="text-sm text-red-700">{errors["poll.closesAt"]}</p>}
      <p className="text-xs text-stone-600">
        {poll.isPublic ? "Everyone sees who chose each option." : "Anonymous: only the counts are ever shown."} Results
        show to each person once they have voted.
      </p>
    </fieldset>
  );
}
