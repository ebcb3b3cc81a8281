import { randomUUID } from "node:crypto";
import { BUSY_RETRY_AFTER_SECONDS, isDatabaseBusy, isDatabaseUnavailable } from "@/lib/db/busy";

// Expected failures carry a code the UI and HTTP layer understand; everything else is a bug,
// logged with an id the user can quote.
export const ERROR_STATUS = {
  BAD_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_LARGE: 413,
  RATE_LIMITED: 429,
  BUSY: 503,
} as const;

export type AppErrorCode = keyof typeof ERROR_STATUS;

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly fieldErrors?: Record<string, string>,
  ) {
    super(message);
    this.name = "AppError";
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

/** A RATE_LIMITED refusal that knows when to try again: HTTP answers carry it as Retry-After. */
export class RateLimitedError extends AppError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super("RATE_LIMITED", message);
  }
}

function retryAfterOf(error: AppError): Record<string, string> {
  if (error.code === "BUSY") return { "Retry-After": String(BUSY_RETRY_AFTER_SECONDS) };
  if (error instanceof RateLimitedError) return { "Retry-After": String(Math.max(1, error.retryAfterSeconds)) };
  return {};
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

export const BUSY_MESSAGE = "Hearth is very busy right now and nothing was changed. Please try again in a few seconds.";
export const UNAVAILABLE_MESSAGE =
  "Hearth cannot reach its database for a moment. Please try again in a few seconds, and check whether your last change is there.";

/**
 * Expected failures as AppErrors: the database being too busy to serve the request in time (an exhausted pool under a
 * burst) is one, so it reaches people as "busy, try again" with a 503, not as a bug with an id.
 */
export function expectedError(error: unknown): AppError | undefined {
  if (isAppError(error)) return error;
  if (isDatabaseBusy(error)) return new AppError("BUSY", BUSY_MESSAGE);
  if (isDatabaseUnavailable(error)) return new AppError("BUSY", UNAVAILABLE_MESSAGE);
  return undefined;
}

/** Logs an unexpected error and returns the id shown to the user. */
export function reportUnexpected(error: unknown): string {
  const id = randomUUID().slice(0, 8);
  console.error(`[hearth] unexpected error ${id}:`, error);
  return id;
}

export type ErrorReply = {
  status: number;
  headers: Record<string, string>;
  body: { error: { code: string; message: string; fields?: Record<string, string> } };
};

/** How an HTTP route answers a failure: expected errors with their status and sentence, the rest a 500 with an id. */
export function errorReply(error: unknown): ErrorReply {
  const expected = expectedError(error);
  if (expected)
    return {
      status: expected.status,
      headers: retryAfterOf(expected),
      body: { error: { code: expected.code, message: expected.message, fields: expected.fieldErrors } },
    };
  const id = reportUnexpected(error);
  return {
    status: 500,
    headers: {},
    body: { error: { code: "INTERNAL", message: `Something went wrong (error ${id}).` } },
  };
}
