"use client";

import clsx from "clsx";
import { Button } from "@/components/ui/button";
import { TextAreaField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import type { ActionState } from "@/lib/action-state";
import {
  COMMUNITY_CATEGORY_MAX,
  COMMUNITY_DESCRIPTION_MAX,
  COMMUNITY_NAME_MAX,
  PURPOSE_GOAL_MAX,
  PURPOSE_SUCCESS_MAX,
} from "@/lib/communities/community-limits";
import { useFormAction } from "@/components/ui/use-server-action";

export type CommunityFormValues = {
  name: string;
  description: string;
  kind: string;
  category: string;
  visibility: string;
  purposeGoal: string;
  purposeSuccess: string;
  purposeTarget: string;
  purposeReviewAt: string; // yyyy-mm-dd
};

const EMPTY: CommunityFormValues = {
  name: "",
  description: "",
  kind: "INTEREST",
  category: "",
  visibility: "PUBLIC",
  purposeGoal: "",
  purposeSuccess: "",
  purposeTarget: "",
  purposeReviewAt: "",
};

const VISIBILITIES = [
  { value: "PUBLIC", label: "Public", hint: "Anyone reads and joins." },
  {
    value: "PRIVATE",
    label: "Private",
    hint: "Listed; posts for members; people ask to join and a moderator approves.",
  },
  { value: "SECRET", label: "Secret", hint: "Invisible to non-members; invitation only." },
];

const KINDS = [
  { value: "INTEREST", label: "Interest", hint: "Cooking, running, photography, board games…" },
  { value: "WORK", label: "Work", hint: "A team, a project, a practice or a shared goal." },
];

/**
 * Create or edit a community. A server action takes the whole form (cover file included) and answers with
 * field messages; what was typed comes back with them, so a mistake never empties the form.
 */
export function CommunityForm({
  action,
  initial,
  submitLabel,
  withCover,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  initial?: Partial<CommunityFormValues>;
  submitLabel: string;
  withCover: boolean;
}) {
  const { state, action: formAction, pending, fieldErrors: errors } = useFormAction(action);
  const values: CommunityFormValues = {
    ...EMPTY,
    ...initial,
    ...(state.values as Partial<CommunityFormValues> | undefined),
  };
  // Remount the fields with what came back, so that a refused form shows exactly what was sent.
  const key = JSON.stringify(state.values ?? {});
  return (
    <form
      action={formAction}
      noValidate
      aria-label={submitLabel}
      className="space-y-5 rounded-2xl bg-white p-4 shadow-sm ring-1 ring-stone-200 sm:p-6"
      key={key}
    >
      {state.status !== "idle" && <FormMessage status={state.status} message={state.message} />}
      <TextField
        label="Name"
        name="name"
        defaultValue={values.name}
        error={errors.name}
        maxLength={COMMUNITY_NAME_MAX + 20}
        hint={`3–${COMMUNITY_NAME_MAX} characters, e.g. “Sunday runners”.`}
        required
      />
      <TextAreaField
        label="Description (optional)"
        name="description"
        defaultValue={values.description}
        error={errors.description}
        rows={3}
        hint={`What is it about, who is it for? Markdown works. Up to ${COMMUNITY_DESCRIPTION_MAX} characters.`}
      />
      <div className="grid gap-5 sm:grid-cols-2">
        <ChoiceGroup legend="Kind" name="kind" options={KINDS} value={values.kind} error={errors.kind} />
        <TextField
          label="Category (optional)"
          name="category"
          defaultValue={values.category}
          error={errors.category}
          maxLength={COMMUNITY_CATEGORY_MAX + 10}
          hint="e.g. Sales, Cooking, Sport"
        />
      </div>
      <ChoiceGroup
        legend="Who can see and join"
        name="visibility"
        options={VISIBILITIES}
        value={values.visibility}
        error={errors.visibility}
        columns
      />
      {withCover && (
        <div>
          <label htmlFor="cover" className="block text-sm font-medium text-stone-800">
            Cover image (optional)
          </label>
          <input
            id="cover"
            name="cover"
            type="file"
            accept="image/png,image/jpeg,image/webp,image/gif"
            aria-invalid={errors.cover ? true : undefined}
            aria-describedby="cover-hint"
            className="mt-1.5 block w-full text-sm text-stone-700 file:mr-3 file:rounded-lg file:border-0 file:bg-stone-100 file:px-3 file:py-2 file:text-sm file:font-medium hover:file:bg-stone-200"
          />
          <p id="cover-hint" className={clsx("mt-1 text-xs", errors.cover ? "text-red-700" : "text-stone-600")}>
            {errors.cover ?? "PNG, JPEG, WebP or GIF up to 10 MB. Shown only to people who may see the community."}
          </p>
        </div>
      )}
      <fieldset className="space-y-4 rounded-xl bg-stone-50 p-4 ring-1 ring-stone-200">
        <legend className="px-1 text-sm font-semibold text-stone-900">Purpose (optional)</legend>
        <p className="text-sm text-stone-600">
          One narrow, specific goal beats a broad topic. Members propose and vote items on a focus board; you review at
          a date.
        </p>
        <TextField
          label="Goal"
          name="purposeGoal"
          defaultValue={values.purposeGoal}
          error={errors.purposeGoal}
          maxLength={PURPOSE_GOAL_MAX + 20}
          hint="e.g. “Identify and rebut the top 3 buyer objections by 1 March”"
        />
        <TextAreaField
          label="Success looks like"
          name="purposeSuccess"
          defaultValue={values.purposeSuccess}
          error={errors.purposeSuccess}
          rows={2}
          maxLength={PURPOSE_SUCCESS_MAX + 20}
          hint="How will you know it worked?"
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            label="Target (items with an accepted answer)"
            name="purposeTarget"
            type="number"
            min={1}
            max={50}
            inputMode="numeric"
            defaultValue={values.purposeTarget}
            error={errors.purposeTarget}
            hint="e.g. 3 for “the top 3”"
          />
          <TextField
            label="Review date"
            name="purposeReviewAt"
            type="date"
            defaultValue={values.purposeReviewAt}
            error={errors.purposeReviewAt}
            hint="You will be asked to renew, widen or close it then."
          />
        </div>
      </fieldset>
      <div className="flex justify-end">
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : submitLabel}
        </Button>
      </div>
    </form>
  );
}

function ChoiceGroup({
  legend,
  name,
  options,
  value,
  error,
  columns = false,
}: {
  legend: string;
  name: string;
  options: { value: string; label: string; hint: string }[];
  value: string;
  error?: string;
  columns?: boolean;
}) {
  return (
    <fieldset aria-describedby={error ? `${name}-error` : undefined}>
      <legend className="text-sm font-medium text-stone-800">{legend}</legend>
      <div className={clsx("mt-1.5 grid gap-2", columns && "sm:grid-cols-3")}>
        {options.map((option) => (
          <label
            key={option.value}
            className="flex cursor-pointer gap-2 rounded-lg p-3 text-sm ring-1 ring-stone-300 has-[:checked]:bg-ember-50 has-[:checked]:ring-2 has-[:checked]:ring-ember-600"
          >
            <input
              type="radio"
              name={name}
              value={option.value}
              defaultChecked={value === option.value}
              className="mt-0.5 size-4 accent-ember-700"
            />
            <span>
              <span className="block font-medium text-stone-900">{option.label}</span>
              <span className="block text-xs text-stone-600">{option.hint}</span>
            </span>
          </label>
        ))}
      </div>
      {error && (
        <p id={`${name}-error`} className="mt-1 text-sm text-red-700">
          {error}
        </p>
      )}
    </fieldset>
  );
}
