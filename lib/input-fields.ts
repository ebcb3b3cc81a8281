import { z } from "zod";

// The shapes of form fields that every domain's input schema uses, once. Plain zod: the browser imports the input
// modules built on these for counters and maxLength.

/** A trimmed text that must be there: `missing` when empty, `tooLong` past `max` characters. */
export function ZRequiredText(
  max: number,
  messages: { missing: string; tooLong: string; min?: number; short?: string },
) {
  return z
    .string({ error: messages.missing })
    .trim()
    .min(messages.min ?? 1, messages.short ?? messages.missing)
    .max(max, messages.tooLong);
}

/** A trimmed text that may be left empty (then ""), at most `max` characters. */
export function ZOptionalText(max: number, tooLong: string) {
  return z.string().trim().max(max, tooLong).default("");
}

/** Whether a form left a field empty. */
export const isEmptyField = (value: unknown) => value === "" || value === undefined || value === null;

/** A date and time from a form field (an ISO string or datetime-local text); empty means none. */
export function ZFormMoment(label: string) {
  return z.preprocess(
    (value) => (isEmptyField(value) ? undefined : value),
    z.coerce.date({ error: `${label} must be a date and time` }),
  );
}
