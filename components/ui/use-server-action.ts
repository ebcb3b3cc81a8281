"use client";

import { useActionState, useState, useTransition } from "react";
import type { ActionResult, ActionState } from "@/lib/action-state";
import { type ErrorSummaryOptions, fieldErrorSummary } from "@/lib/format/error-summary";

type Failure = { error: string; fieldErrors: Record<string, string> };

const NO_FIELD_ERRORS: Record<string, string> = {};

/**
 * Runs an imperative server action (one that returns `ActionResult`) in a transition and keeps what the form
 * needs: `pending`, the refusal sentence, the field messages and a summary for the top of the form.
 * A new run clears the previous refusal; `onSuccess` gets the data and the arguments the run was given,
 * `onError` the refusal (sentence and field messages) and the arguments (to undo an optimistic change).
 */
export function useServerAction<A extends unknown[], T>(
  action: (...args: A) => Promise<ActionResult<T>>,
  {
    onSuccess,
    onError,
  }: { onSuccess?: (data: T, ...args: A) => void; onError?: (failure: Failure, ...args: A) => void } = {},
) {
  const [pending, startTransition] = useTransition();
  const [failure, setFailure] = useState<Failure | null>(null);

  function run(...args: A) {
    startTransition(async () => {
      const result = await action(...args);
      if (!result.ok) {
        const failure = { error: result.error, fieldErrors: result.fieldErrors ?? NO_FIELD_ERRORS };
        setFailure(failure);
        return onError?.(failure, ...args);
      }
      setFailure(null);
      onSuccess?.(result.data, ...args);
    });
  }

  return {
    run,
    pending,
    /** The refusal sentence of the last run, or null. */
    error: failure?.error ?? null,
    fieldErrors: failure?.fieldErrors ?? NO_FIELD_ERRORS,
    /** "Check the 2 marked fields." when fields carry messages, else the refusal; undefined after a success. */
    summary: (options?: ErrorSummaryOptions) =>
      failure ? (fieldErrorSummary(failure.fieldErrors, options) ?? failure.error) : undefined,
    /** Forget the last refusal (a dialog that closes, a field the user corrects). */
    reset: () => setFailure(null),
    /** Show a refusal found on the client before calling the server. */
    fail: (error: string, fieldErrors: Record<string, string> = NO_FIELD_ERRORS) => setFailure({ error, fieldErrors }),
  };
}

/** For a component whose buttons call different actions: `useServerAction(callAction)`, then `run(() => someAction(id))`. */
export function callAction(work: () => Promise<ActionResult<unknown>>): Promise<ActionResult<unknown>> {
  return work();
}

const IDLE: ActionState = { status: "idle" };

/**
 * The same for a form-bound server action (`<form action={action}>`, returning `ActionState`): React's
 * useActionState, so the form also works before JavaScript loads, plus the field messages and what was
 * typed into a refused form (`kept`), which every such form reads.
 */
export function useFormAction(serverAction: (state: ActionState, formData: FormData) => Promise<ActionState>) {
  const [state, action, pending] = useActionState(serverAction, IDLE);
  const refused = state.status === "error";
  return {
    state,
    action,
    pending,
    fieldErrors: refused ? (state.fieldErrors ?? NO_FIELD_ERRORS) : NO_FIELD_ERRORS,
    kept: refused ? state.values : undefined,
  };
}
