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

// Bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069). In a name they make the
// name, and what is shown after it, read in another order than it was written: "Maria‮ approved" spoofing.
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/** The text without bidirectional override and isolate controls. */
export function withoutBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, "");
}

/**
 * A string shown as who or what something is (a person's name and title, a community's name): bidi controls are
 * dropped first, so chain trim/min/max after it and they count what is stored.
 */
export function ZDisplayString(params?: Parameters<typeof z.string>[0]) {
  return z.string(params).overwrite(withoutBidiControls);
}
