import type { z } from "zod";
import { AppError } from "@/lib/errors";
import { can, type Actor, type Permission } from "@/lib/auth/permissions";

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
 * The one path every domain read and write takes: parse the input, require a signed-in actor,
 * check the named permission, then run. Object-level checks and visibility belong in `run`
 * (in the query itself), so a wrong id finds nothing.
 */
export function defineUseCase<S extends z.ZodType, R>(spec: {
  input: S;
  permission: Permission;
  run: (ctx: { actor: Actor; input: z.output<S> }) => Promise<R>;
}) {
  return async (actor: Actor | null, raw: unknown): Promise<R> => {
    const input = parseInput(spec.input, raw);
    if (!actor) throw new AppError("UNAUTHENTICATED", "Please sign in first.");
    if (!can(actor, spec.permission)) throw new AppError("FORBIDDEN", "You do not have permission to do that.");
    return spec.run({ actor, input });
  };
}
