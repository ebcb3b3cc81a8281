import { Button } from "@/components/ui/button";
import { FormErrorSummary } from "@/components/ui/form-error-summary";

/** The end of a long form: the error summary (pointing up, at the fields above) and the submit button. */
export function FormSubmit({
  error,
  fieldErrors,
  pending,
  label,
  pendingLabel,
}: {
  error?: string | null;
  fieldErrors?: Record<string, string>;
  pending: boolean;
  label: string;
  pendingLabel: string;
}) {
  return (
    <>
      {error && <FormErrorSummary message={error} fieldErrors={fieldErrors} where="above" />}
      <div className="flex justify-end">
        <Button type="submit" disabled={pending}>
          {pending ? pendingLabel : label}
        </Button>
      </div>
    </>
  );
}
