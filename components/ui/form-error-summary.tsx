import { FormMessage } from "@/components/ui/form-message";
import { type ErrorSummaryOptions, fieldErrorSummary } from "@/lib/format/error-summary";

/**
 * A failed form's one sentence, announced as an alert: how many fields to check when they carry their own
 * messages, else the refusal itself. Renders nothing without either.
 */
export function FormErrorSummary({
  message,
  fieldErrors,
  ...options
}: { message?: string | null; fieldErrors?: Record<string, string> } & ErrorSummaryOptions) {
  const summary = fieldErrorSummary(fieldErrors, options) ?? message ?? undefined;
  return <FormMessage status="error" message={summary} />;
}
