// One sentence for a form whose fields carry their own messages: it only says how many need attention (and
// where, when the caller knows where the sentence sits), so the details are read once, beside the inputs.
// Shared by server actions and client forms. A server action cannot know whether its form shows the sentence
// above or below the fields, so by default it names no direction; components/ui/form-message.tsx moves the
// focus to the first marked field.

export type ErrorSummaryOptions = {
  /** Where the marked fields sit relative to the summary; leave it out when that is not known. */
  where?: "above" | "below";
  /** What the form calls its inputs ("field", "filter"). */
  noun?: string;
  /** Keys that are not shown beside an input (a form-level message, a hidden reference). */
  ignore?: readonly string[];
};

/** "Check the marked field." / "Check the 2 fields marked above."; null when no field has a message. */
export function fieldErrorSummary(
  fieldErrors: Record<string, string> | undefined,
  { where, noun = "field", ignore = [] }: ErrorSummaryOptions = {},
): string | null {
  const count = Object.keys(fieldErrors ?? {}).filter((key) => !ignore.includes(key)).length;
  if (count === 0) return null;
  if (!where) return count === 1 ? `Check the marked ${noun}.` : `Check the ${count} marked ${noun}s.`;
  return count === 1 ? `Check the ${noun} marked ${where}.` : `Check the ${count} ${noun}s marked ${where}.`;
}
