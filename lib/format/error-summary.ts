// One sentence for a form whose fields carry their own messages: it only says how many need attention and
// where, so the details are read once, beside the inputs. Shared by server actions and client forms.

export type ErrorSummaryOptions = {
  /** Where the marked fields sit relative to the summary. */
  where?: "above" | "below";
  /** What the form calls its inputs ("field", "filter"). */
  noun?: string;
  /** Keys that are not shown beside an input (a form-level message, a hidden reference). */
  ignore?: readonly string[];
};

/** "Check the field marked below." / "Check the 2 fields marked above."; null when no field has a message. */
export function fieldErrorSummary(
  fieldErrors: Record<string, string> | undefined,
  { where = "below", noun = "field", ignore = [] }: ErrorSummaryOptions = {},
): string | null {
  const count = Object.keys(fieldErrors ?? {}).filter((key) => !ignore.includes(key)).length;
  if (count === 0) return null;
  return count === 1 ? `Check the ${noun} marked ${where}.` : `Check the ${count} ${noun}s marked ${where}.`;
}
