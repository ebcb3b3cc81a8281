import type { z } from "zod";
import { AppError } from "@/lib/errors";
import { can, type Actor, type Permission } from "@/lib/auth/permissions";
import type { RealtimeEvent } from "@/lib/realtime/events";
import { publish } from "@/lib/realtime/publish";

/** Turns zod issues into one message per field, named the way the form names it. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "form";
    fields[key] ??= issue.message;
  }
  return fields;
}

export function parseInput<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const fieldErrors = fieldErrorsOf(parsed.error);
  const first = Object.entries(fieldErrors)[0];
  throw new AppError("BAD_INPUT", first ? `${first[0]}: ${first[1]}` : "The input is not valid.", fieldErrors);
}

/**
 * Work that must wait until the use case's writes are committed: realtime events, notification pushes.
 * Register it anywhere in `run` (inside the transaction callback too); the wrapper runs it, in order, once
 * `run` has returned, and never if `run` threw (a rolled-back write publishes nothing). Do not register
 * inside a transaction whose failure `run` catches and carries on from.
 */
export type AfterCommit = {
  (effect: () => void | Promise<void>): void;
  /** Shorthand for `afterCommit(() => publish(room, event))`. */
  publish: (room: string | string[], event: RealtimeEvent) => void;
};

/**
 * The one path every domain read and write takes: parse the input, require a signed-in actor,
 * check the named permission, then run, then the after-commit effects. Object-level checks and
 * visibility belong in `run` (in the query itself), so a wrong id finds nothing.
 */
export function defineUseCase<S extends z.ZodType, R>(spec: {
  input: S;
  permission: Permission;
  run: (ctx: { actor: Actor; input: z.output<S>; afterCommit: AfterCommit }) => Promise<R>;
}) {
  // The verb travels with the function, so the authorization suite (lib/auth/authorization-suite.test.ts) can read
  // which roles may reach each server action and route handler.
  const useCase = async (actor: Actor | null, raw: unknown): Promise<R> => {
    // Signed out first: a stranger learns nothing from input checks (the authorization suite found a 400 here).
    if (!actor) throw new AppError("UNAUTHENTICATED", "Please sign in first.");
    const input = parseInput(spec.input, raw);
    if (!can(actor, spec.permission)) throw new AppError("FORBIDDEN", "You do not have permission to do that.");
    const effects: (() => void | Promise<void>)[] = [];
    const afterCommit: AfterCommit = Object.assign((effect: () => void | Promise<void>) => void effects.push(effect), {
      publish: (room: string | string[], event: RealtimeEvent) => void effects.push(() => publish(room, event)),
    });
    const result = await spec.run({ actor, input, afterCommit });
    for (const effect of effects) await effect();
    return result;
  };
  return Object.assign(useCase, { permission: spec.permission });
}
