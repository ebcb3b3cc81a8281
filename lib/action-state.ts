import "server-only";
import { expectedError, reportUnexpected } from "@/lib/errors";
import { fieldErrorSummary } from "@/lib/format/error-summary";

// What a server action hands back to its form: a sentence, the field messages, and what was typed,
// so that a mistake never empties the form.
export type ActionState<V extends Record<string, string> = Record<string, string>> = {
  status: "idle" | "ok" | "error";
  message?: string;
  fieldErrors?: Record<string, string>;
  values?: Partial<V>;
  id?: string; // what a successful create made
};

export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData) if (!key.startsWith("$") && typeof value === "string") values[key] = value;
  return values;
}

export async function runFormAction(
  formData: FormData,
  work: (values: Record<string, string>) => Promise<string | void>,
): Promise<ActionState> {
  const values = formValues(formData);
  try {
    const message = await work(values);
    return { status: "ok", message: message ?? undefined };
  } catch (error) {
    if (isRedirect(error)) throw error;
    const expected = expectedError(error);
    if (expected) {
      // With field messages beside the inputs, the summary only says how many need attention.
      const message = fieldErrorSummary(expected.fieldErrors) ?? expected.message;
      return { status: "error", message, fieldErrors: expected.fieldErrors, values };
    }
    const id = reportUnexpected(error);
    return {
      status: "error",
      message: `Something went wrong on our side (error ${id}). Nothing was lost: try again.`,
      values,
    };
  }
}

// next/navigation's redirect() and notFound() work by throwing; they must pass through.
function isRedirect(error: unknown): boolean {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return (
    typeof digest === "string" && (digest.startsWith("NEXT_REDIRECT") || digest.startsWith("NEXT_HTTP_ERROR_FALLBACK"))
  );
}

// What an imperative server action (a click, not a form) hands back.
export type ActionResult<T> =
  { ok: true; data: T } | { ok: false; error: string; fieldErrors?: Record<string, string> };

export async function runAction<T>(work: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await work() };
  } catch (error) {
    if (isRedirect(error)) throw error;
    const expected = expectedError(error);
    if (expected) return { ok: false, error: expected.message, fieldErrors: expected.fieldErrors };
    const id = reportUnexpected(error);
    return { ok: false, error: `Something went wrong on our side (error ${id}). Try again.` };
  }
}
